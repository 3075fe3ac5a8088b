#ifndef HILBENCH_PROCESS_GUARD_H
#define HILBENCH_PROCESS_GUARD_H

/// Forks a guard: a process that leads a new process group and only waits for end of file on a pipe whose write
/// end stays in this process (close-on-exec, stored in `*write_end`). When this process ends in any way — SIGKILL
/// included — the kernel closes that end; the guard then SIGKILLs its whole process group (itself included), so
/// whatever was started in the group dies with this process. Closing `*write_end` triggers the same on purpose.
///
/// With `group` > 0 the guard watches that existing process group instead (a child started in a session of its own,
/// which cannot join a group of another session): it SIGKILLs that group, then ends.
///
/// Returns the guard's pid (= the group's id when `group` is 0), or -1 with errno set. The caller reaps the guard
/// (`wait4`). (`int`, not `pid_t`: a header of ours that declared `pid_t` would make Swift see that type as this
/// module's.)
int hilbench_start_process_guard(int *write_end, int group);

#endif
