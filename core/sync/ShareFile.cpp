// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ShareFile.h"

#include "common/Error.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Kvarter::Sync {

namespace {
QString megabytes(qint64 bytes) { return QString::number(double(bytes) / (1024 * 1024), 'f', 1); }
} // namespace

QString ShareFile::stamp(const QString &path)
{
    struct stat st
    {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2:%3.%4:%5:%6")
        .arg(st.st_mode & S_IFMT)
        .arg(qint64(st.st_size))
        .arg(qint64(st.st_mtim.tv_sec))
        .arg(qint64(st.st_mtim.tv_nsec))
        .arg(quint64(st.st_ino))
        .arg(quint64(st.st_dev));
}

QByteArray ShareFile::read(const QString &path, qint64 maxBytes)
{
    // O_NOFOLLOW: a link (to /dev/zero, to a file outside the share) is refused, not followed.
    // O_NONBLOCK: opening a pipe returns at once instead of waiting for a writer that never comes.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errno == ELOOP)
            throw Error(tr("It is a link, not a file; links on the share are never followed."));
        throw Error(tr("It cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };
    struct stat st
    {};
    if (::fstat(fd, &st) != 0)
        throw Error(tr("It cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (!S_ISREG(st.st_mode))
        throw Error(tr("It is not a regular file (a pipe, a device or a folder)."));
    if (st.st_size > maxBytes)
        throw Error(tr("It is %1 MB, larger than any file Kvarter writes (at most %2 MB).")
                        .arg(megabytes(st.st_size), megabytes(maxBytes)));
    QByteArray data(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::read(fd, data.data() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw Error(tr("It cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        if (n == 0)
            break; // shrank while being read: what is here is checked like any other cut-short file
        done += n;
    }
    data.truncate(done);
    return data;
}

} // namespace Kvarter::Sync
