/*
 * openloop: an open-loop HTTP/1.1 load generator for the public read path.
 *
 *   openloop HOST PORT PATH RATE SECONDS [CONNECTIONS]
 *
 * Sends GET PATH at RATE requests per second for SECONDS, whatever the pace of the answers, over CONNECTIONS
 * keep-alive connections (default 64), and prints one Markdown row: path, offered rate, requests, achieved rate,
 * p50, p99, p99.9 and max latency in milliseconds, errors. Request i is due at start + i / RATE and its latency is
 * counted from that instant, not from when a connection was free to send it: a server that stalls shows the stall
 * in the tail instead of slowing the sender ("coordinated omission", the flaw of closed-loop tools such as wrk).
 *
 * One thread and epoll, so that the generator costs far less of the two shared cores than the server it measures.
 * An error is a status other than 2xx or 304, a connection closed or refused before its answer, or an answer still
 * missing ten seconds after the last request was due. A connection the server closes after an answer (Connection:
 * close) is replaced at once. Answers must carry Content-Length (Tocsin's public answers do); chunked ones are
 * counted as errors.
 *
 * Build: cc -O2 -o openloop bench/public-read/openloop.c   (bench/public-read/run.sh does it)
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>

#define BUFFER 65536

typedef struct {
    int fd;
    int busy;
    long long scheduled;   /* ns: when the request on this connection was due */
    size_t have;           /* header bytes kept in buf */
    long long need;        /* total bytes of the answer once its header is read, else -1 */
    long long received;    /* bytes of the answer received so far */
    int status;
    int closing;           /* the answer said Connection: close */
    char buf[BUFFER];
} connection;

static struct sockaddr_in server;
static char request[2048];
static size_t request_length;

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int open_connection(void) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&server, sizeof server) != 0) {
        if (fd >= 0) close(fd);
        return -1;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

/* Replaces a connection that is gone; -1 when no new one can be opened. */
static int reopen(int poll, connection *c, unsigned index) {
    epoll_ctl(poll, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    c->fd = open_connection();
    if (c->fd < 0) {
        perror("openloop: reconnect");
        return -1;
    }
    struct epoll_event e = {.events = EPOLLIN, .data.u32 = index};
    return epoll_ctl(poll, EPOLL_CTL_ADD, c->fd, &e);
}

/* The q-quantile of n sorted values (nearest rank). */
static double quantile(const double *sorted, long long n, double q) {
    if (n == 0) return 0;
    long long rank = (long long)(q * (double)n);
    if ((double)rank < q * (double)n) rank++;
    return sorted[rank < 1 ? 0 : (rank > n ? n - 1 : rank - 1)];
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* n with thousands separators, as the other rows of the tables print them */
static const char *grouped(long long n, char *out) {
    char digits[32];
    int length = snprintf(digits, sizeof digits, "%lld", n), o = 0;
    for (int i = 0; i < length; i++) {
        if (i > 0 && (length - i) % 3 == 0) out[o++] = ',';
        out[o++] = digits[i];
    }
    out[o] = 0;
    return out;
}

/* Reads what the connection has; returns 1 when an answer is complete, 0 when more is to come, -1 on an error. */
static int receive(connection *c) {
    for (;;) {
        char *into = c->need < 0 ? c->buf + c->have : c->buf;
        size_t room = c->need < 0 ? BUFFER - 1 - c->have : BUFFER;
        ssize_t n = read(c->fd, into, room);
        if (n == 0) return -1;
        if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK ? 0 : -1;
        c->received += n;
        if (c->need < 0) {
            c->have += n;
            c->buf[c->have] = 0;
            char *end = strstr(c->buf, "\r\n\r\n");
            if (end == NULL) {
                if (c->have >= BUFFER - 1) return -1;
                continue;
            }
            c->status = atoi(c->buf + 9); /* "HTTP/1.1 200" */
            char *connection = strcasestr(c->buf, "\r\nconnection: close");
            c->closing = connection != NULL && connection < end;
            char *length = strcasestr(c->buf, "\r\ncontent-length:");
            long long body = length != NULL && length < end ? atoll(length + 17) : (c->status == 304 ? 0 : -1);
            if (body < 0) return -1;
            c->need = (end + 4 - c->buf) + body;
        }
        if (c->received >= c->need) return 1;
    }
}

int main(int argc, char **argv) {
    if (argc < 6) {
        fprintf(stderr, "usage: openloop HOST PORT PATH RATE SECONDS [CONNECTIONS]\n");
        return 2;
    }
    const char *host = argv[1], *path = argv[3];
    int port = atoi(argv[2]);
    double rate = atof(argv[4]), seconds = atof(argv[5]);
    int count = argc > 6 ? atoi(argv[6]) : 64;
    long long total = (long long)(rate * seconds);
    if (port <= 0 || rate <= 0 || total <= 0 || count <= 0) {
        fprintf(stderr, "openloop: PORT, RATE, SECONDS and CONNECTIONS must be positive\n");
        return 2;
    }
    server.sin_family = AF_INET;
    server.sin_port = htons((unsigned short)port);
    if (inet_pton(AF_INET, host, &server.sin_addr) != 1) {
        fprintf(stderr, "openloop: HOST must be an IPv4 address\n");
        return 2;
    }
    request_length = (size_t)snprintf(request, sizeof request, "GET %s HTTP/1.1\r\nHost: %s:%d\r\n\r\n", path, host, port);

    connection *connections = calloc((size_t)count, sizeof *connections);
    int *idle = malloc(sizeof(int) * (size_t)count), idle_count = 0;
    double *latencies = malloc(sizeof(double) * (size_t)total);
    struct epoll_event *events = malloc(sizeof(struct epoll_event) * (size_t)count);
    int poll = epoll_create1(0);
    for (int i = 0; i < count; i++) {
        connections[i].fd = open_connection();
        if (connections[i].fd < 0) {
            perror("openloop: connect");
            return 1;
        }
        struct epoll_event e = {.events = EPOLLIN, .data.u32 = (unsigned)i};
        epoll_ctl(poll, EPOLL_CTL_ADD, connections[i].fd, &e);
        idle[idle_count++] = i;
    }

    long long errors = 0, answered = 0, sent = 0, last = 0;
    double interval = 1e9 / rate;
    long long start = now_ns(), deadline = start + (long long)(seconds * 1e9) + 10000000000LL;
    while (answered + errors < total) {
        long long now = now_ns();
        if (now > deadline) {
            errors += total - answered - errors; /* never answered */
            break;
        }
        long long due = (long long)((now - start) / interval) + 1;
        if (due > total) due = total;
        while (sent < due && idle_count > 0) {
            connection *c = &connections[idle[--idle_count]];
            c->busy = 1;
            c->scheduled = start + (long long)(sent * interval);
            c->have = 0;
            c->need = -1;
            c->received = 0;
            c->closing = 0;
            sent++;
            if (write(c->fd, request, request_length) != (ssize_t)request_length) {
                errors++;
                c->busy = 0;
                idle[idle_count++] = (int)(c - connections);
            }
        }
        /* Sleep until the next request is due, or until an answer comes when every connection is busy. */
        struct timespec wait = {0, 0}, *timeout = NULL;
        if (sent < total && idle_count > 0) {
            long long next = start + (long long)(sent * interval) - now_ns();
            if (next > 0) wait.tv_nsec = next;
            timeout = &wait;
        } else {
            wait.tv_sec = 1;
            timeout = &wait;
        }
        int ready = epoll_pwait2(poll, events, count, timeout, NULL);
        for (int r = 0; r < ready; r++) {
            connection *c = &connections[events[r].data.u32];
            int outcome = c->busy ? receive(c) : -1;
            if (outcome == 0) continue;
            if (!c->busy) { /* an idle connection the server closed: replace it, no request was lost */
                if (reopen(poll, c, events[r].data.u32) != 0) return 1;
                continue;
            }
            long long done = now_ns();
            if (outcome == 1 && ((c->status >= 200 && c->status < 300) || c->status == 304)) {
                latencies[answered++] = (double)(done - c->scheduled) / 1e6;
                last = done;
            } else {
                errors++;
            }
            /* A connection that is gone, or that the server closes after this answer: a new one in its place. */
            if ((outcome < 0 || c->closing) && reopen(poll, c, events[r].data.u32) != 0) return 1;
            c->busy = 0;
            idle[idle_count++] = (int)events[r].data.u32;
        }
    }

    double elapsed = (double)((last > start ? last : now_ns()) - start) / 1e9;
    qsort(latencies, (size_t)answered, sizeof(double), compare);
    char offered[32], requests[32], achieved[32];
    printf("| %s | %s | %s | %s | %.2f | %.2f | %.2f | %.1f | %lld |\n", path, grouped((long long)rate, offered),
           grouped(total, requests), grouped((long long)(answered / elapsed), achieved), quantile(latencies, answered, 0.50), quantile(latencies, answered, 0.99),
           quantile(latencies, answered, 0.999),
           answered ? latencies[answered - 1] : 0.0, errors);
    return 0;
}
