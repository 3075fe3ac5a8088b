// The one piece of C the project writes itself: what runs between fork and exit must be async-signal-safe
// (the process that forks has many threads), which Swift cannot promise. The guard never calls exec.
#define _GNU_SOURCE
#include "process_guard.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_close_range
#define SYS_close_range 436  // the same number on every Linux architecture (since 5.9)
#endif

/// Closes every descriptor from `first` up, so the guard holds no other guard's write end (which would keep that
/// guard from seeing its end of file) nor any pipe of a runner.
static void close_from(int first) {
    if (syscall(SYS_close_range, (unsigned)first, ~0U, 0) == 0) return;
    struct rlimit limit;
    long highest = 65536;
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < 1048576)
        highest = (long)limit.rlim_cur;
    for (long fd = first; fd < highest; fd++) close((int)fd);
}

int hilbench_start_process_guard(int *write_end, int group) {
    int ends[2];
    if (pipe2(ends, O_CLOEXEC) != 0) return -1;
    pid_t pid = fork();
    if (pid < 0) {
        int saved = errno;
        close(ends[0]);
        close(ends[1]);
        errno = saved;
        return -1;
    }
    if (pid == 0) {
        setpgid(0, 0);
        // Only SIGKILL or the end of file ends the guard: a SIGTERM meant for the tool's group must not leave the
        // group unguarded. Handlers inherited from the parent are not ours to run here.
        struct sigaction ignore;
        memset(&ignore, 0, sizeof ignore);
        ignore.sa_handler = SIG_IGN;
        for (int signal = 1; signal < NSIG; signal++) {
            if (signal != SIGKILL && signal != SIGSTOP) sigaction(signal, &ignore, NULL);
        }
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        if (ends[0] != 0 && dup2(ends[0], 0) != 0) _exit(127);
        close_from(1);
        char byte;
        for (;;) {
            ssize_t got = read(0, &byte, 1);
            if (got > 0 || (got < 0 && errno == EINTR)) continue;
            break;
        }
        if (group > 0) {
            kill(-group, SIGKILL);
            _exit(0);
        }
        kill(0, SIGKILL);
        _exit(0);
    }
    close(ends[0]);
    // Also from this side, so the group exists before anything is started in it (the classic shell race).
    setpgid(pid, pid);
    *write_end = ends[1];
    return pid;
}
