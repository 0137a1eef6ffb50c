package dev.connectorerrorbot.matching;

import java.util.List;

/**
 * The words that count as evidence, in English and Japanese: what Defender for Cloud Apps and its connectors are
 * called, the marks only its connectors print, and the products people confuse with it. Kept apart from the rules
 * that weigh them so that a maintainer can extend a list without reading the rules.
 */
final class EvidenceWords {
    private EvidenceWords() {
    }

    /** Defender for Cloud Apps by its names over the years, its portal and the portal's settings page. */
    static final List<String> DEFENDER = List.of(
            "Defender for Cloud Apps", "Microsoft Defender for Cloud Apps", "MCAS", "MDCA", "Cloud App Security",
            "Microsoft Cloud App Security", "cloudappsecurity.com", "portal.cloudappsecurity.com", "Cloud Apps",
            "Microsoft 365 Defender", "Office 365 Defender", "Defender XDR", "Microsoft Defender XDR",
            "Defender portal", "Microsoft Defender portal", "security.microsoft.com", "Defender",
            "Defender ポータル", "クラウド アプリ");

    /** An app connector and what an admin does with one; a Japanese katakana word never matches inside another. */
    static final List<String> CONNECTOR = List.of(
            "connector", "connectors", "app connector", "API connector", "Test now", "system alert",
            "system alerts", "reconnect", "reconnected", "reconnecting", "re-connect", "コネクタ", "コネクター",
            "アプリ コネクタ", "今すぐテスト", "接続テスト", "テスト接続", "システム アラート", "再接続");

    /** Words that, right after an app's name, say that its connector is meant ("Okta connector", "ServiceNow連携"). */
    static final List<String> AFTER_APP = List.of("connector", "connectors", "app connector", "API connector",
            "コネクタ", "コネクター", "連携", "の コネクタ", "の コネクター", "の 連携", "アプリ コネクタ");

    /**
     * Marks that only Defender's connectors print: its own Java packages and exception classes (Adallom was the
     * product's first name), the exceptions of the Box Java library it still uses (boxjavalibv2, retired by Box
     * about 2015, so nobody's own current code prints them), Microsoft 365's AF error codes, Workday's
     * "serverResponse" wrapper, Slack's team_not_authorized, Atlassian's entitlement check, and the step labels the
     * connectors put before an error.
     */
    static final List<String> CONNECTOR_MARKS = List.of(
            "adallom", "adalib", "ContextManagerServiceException", "AuthFatalFailureException", "boxjavalibv2",
            "BoxServerException", "BoxRestException",
            "HttpRequestFailure", "TokenRefreshException", "serverResponse", "AF20012", "AF20023",
            "team_not_authorized", "Entitlement validation", "Get Permissions", "Get events", "Get user",
            "Get users", "アクセス許可の取得", "ユーザーの取得", "イベントの取得");

    /**
     * Other software people paste errors from, or whose own "connectors" they mean: SIEM and log shippers, other
     * cloud security products, integration platforms, build tools, frameworks, SDKs and command lines.
     */
    static final List<String> OTHER_PRODUCTS = List.of(
            "Kafka", "Kafka Connect", "JDBC", "ODBC", "MySQL", "PostgreSQL", "Camel", "MuleSoft", "Power Automate",
            "Power Apps", "Logic Apps", "Logic App", "Power BI", "Sentinel", "Splunk", "Cribl", "Graylog", "Wazuh",
            "o365beat", "Filebeat", "Winlogbeat", "Logstash", "Elasticsearch", "Elastic Agent", "Datadog",
            "Sumo Logic", "QRadar", "ArcSight", "Fivetran", "Airbyte", "Zapier", "Workato", "Boomi", "Informatica",
            "Talend", "Trend Micro", "トレンドマイクロ", "Netskope", "Zscaler", "Palo Alto", "Skyhigh", "McAfee",
            "Bitglass", "Debezium", "NiFi", "Airflow", "Gradle", "Maven", "Jenkins", "GitHub Actions", "Terraform",
            "Ansible", "Spring Boot", "Spring Cloud", "springframework", "Feign", "axios", "AxiosError", "MSAL",
            "ADAL", "boto3", "botocore", "boxsdk", "Box SDK", "okhttp", "Retrofit", "Apache Ignite", "Eclipse",
            "IntelliJ", "VS Code", "Azure CLI", "az login", "AWS CLI", "gcloud", "kubectl", "Marketo", "HubSpot",
            "WeChat", "rclone", "Postman", "Selenium", "Tableau", "Looker", "Qlik", "Alteryx", "Snowflake",
            "Databricks", "dbt", "SSIS", "Data Factory", "Synapse", "Dataverse", "Power Query", "Excel", "n8n",
            "Okta Workflows", "IntegrationHub", "SCIM");
}
