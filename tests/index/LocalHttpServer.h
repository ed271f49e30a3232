#pragma once

#include <QString>
#include <QTcpServer>

/**
 * A tiny HTTP server on 127.0.0.1 for link checks: the tests never reach the internet.
 * Paths: "/missing" → 404, "/no-head" → 405 to HEAD and 200 to GET, "/slow" → never answers,
 * anything else → 200.
 */
class LocalHttpServer final : public QTcpServer
{
public:
    LocalHttpServer();
    QString url(const char *path) const;
};
