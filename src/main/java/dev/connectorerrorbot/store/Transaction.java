package dev.connectorerrorbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Statements on the one connection of a {@link Database#inRequestTransaction} block: all of them happen, or none. */
final class Transaction {
    /** Runs before each statement: bounds how long it may wait, or fails it when no time is left. */
    @FunctionalInterface
    interface Guard {
        Guard NONE = () -> { };

        void beforeStatement() throws SQLException;
    }

    private final Connection connection;
    private final Guard guard;
    private boolean rollbackOnly;

    Transaction(Connection connection, Guard guard) {
        this.connection = connection;
        this.guard = guard;
    }

    int update(String sql, Object... parameters) throws SQLException {
        guard.beforeStatement();
        try (PreparedStatement statement = Database.prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    <T> Optional<T> queryFirst(String sql, Database.RowReader<T> reader, Object... parameters) throws SQLException {
        guard.beforeStatement();
        try (PreparedStatement statement = Database.prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? Optional.of(reader.read(result)) : Optional.empty();
        }
    }

    /** Nothing of this transaction is kept, whatever the block returns. */
    void rollbackOnly() {
        rollbackOnly = true;
    }

    boolean isRollbackOnly() {
        return rollbackOnly;
    }
}
