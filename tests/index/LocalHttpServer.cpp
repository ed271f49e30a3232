#include "LocalHttpServer.h"

#include <QTcpSocket>

namespace {

void answer(QTcpSocket *socket)
{
    const QByteArray request = socket->readAll();
    const QList<QByteArray> line = request.left(request.indexOf('\r')).split(' ');
    if (line.size() < 2)
        return;
    const QByteArray &method = line.at(0);
    const QByteArray &path = line.at(1);
    if (path == "/slow")
        return;  // never answers: the checker must time out or be cancelled
    QByteArray status = "200 OK";
    if (path == "/missing")
        status = "404 Not Found";
    else if (path == "/no-head" && method == "HEAD")
        status = "405 Method Not Allowed";
    socket->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}

} // namespace

LocalHttpServer::LocalHttpServer()
{
    connect(this, &QTcpServer::newConnection, this, [this]() {
        while (QTcpSocket *socket = nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, socket, [socket]() { answer(socket); });
    });
}

QString LocalHttpServer::url(const char *path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(QLatin1String(path));
}
