package dev.connectorerrorbot.slack.outbound;

import okhttp3.OkHttpClient;

/**
 * The HTTP client for file downloads: it follows no redirect by itself ({@link SnippetDownload} checks each one)
 * and gives up on a slow file server instead of holding a reply lane.
 */
record DownloadHttp(OkHttpClient client) {
    DownloadHttp {
        if (client == null || client.followRedirects() || client.followSslRedirects()) {
            throw new IllegalArgumentException("file downloads need a client that follows no redirect by itself");
        }
    }
}
