#!/usr/bin/env bash
# scripts/lab.sh — a virtual lab of N "boards" on this machine, for testing the hilbench controller
# against real SSH / HTTP links without hardware. Each board is a network namespace with its own sshd
# (key-only), optionally a hilbench-agent HTTP server, and optionally a CPU quota (cgroup) so that the
# virtual chips differ in speed. See docs/virtual-lab.md.
#
#   scripts/lab.sh up N [--dir DIR] [--cpu-quota P[,P,...]] [--cpu-period US] [--cpu-shares N] [--meters KIND[,KIND...]]
#   scripts/lab.sh status [--dir DIR]
#   scripts/lab.sh down [--dir DIR] [--force] [--purge]
#   scripts/lab.sh cut K | heal K | kill-agent K [--signal SIG] | start-agent K
#   scripts/lab.sh rekey K [--trust] | ssh K [COMMAND...]
#
# Must run as root (namespaces, veths, bridge, cgroups). Test traffic stays inside the lab subnet
# (default 10.77.0.0/24), which exists only on the bridge and veths this script creates.
set -Eeuo pipefail

SELF=$(readlink -f -- "${BASH_SOURCE[0]}")
REPO=$(dirname -- "$(dirname -- "$SELF")")

# ---------------------------------------------------------------------------------------------------
# Internal re-entry points: start a process inside board K's cgroups, network and UTS namespaces.
# The pid never changes along the way (bash exec → ip netns exec → unshare → exec), so the pid
# written here is the pid of the final program (sshd, the agent).
#   __in-board NS HOSTNAME PIDFILE CGROUP_PROCS_FILES(:-separated) -- CMD...
if [[ ${1:-} == __in-board ]]; then
    ns=$2 host=$3 pidfile=$4 procs=$5
    shift 5
    [[ ${1:-} == -- ]] && shift
    IFS=: read -ra files <<<"$procs"
    for f in "${files[@]}"; do
        [[ -n $f ]] && echo "$$" >"$f"
    done
    echo "$$" >"$pidfile"
    # a daemon must not hold our caller's pipes or locks open
    for f in "/proc/$$/fd"/*; do
        f=${f##*/}
        ((f > 2 && f != 255)) && eval "exec $f>&-" 2>/dev/null   # (255: bash's own script, close-on-exec)
    done
    exec ip netns exec "$ns" unshare --uts -- "$SELF" __in-uts "$host" -- "$@"
fi
# A lab process outside the boards (a meter simulator: lab equipment, in the root namespace and cgroup).
#   __detached PIDFILE -- CMD...
if [[ ${1:-} == __detached ]]; then
    pidfile=$2
    shift 2
    [[ ${1:-} == -- ]] && shift
    echo "$$" >"$pidfile"
    for f in "/proc/$$/fd"/*; do
        f=${f##*/}
        ((f > 2 && f != 255)) && eval "exec $f>&-" 2>/dev/null
    done
    exec "$@"
fi
if [[ ${1:-} == __in-uts ]]; then
    # 'ip netns exec' mounted a fresh /sys (the board's network devices), which hides the cgroup
    # file systems; bring them back (in this private mount namespace only) so that programs on the
    # board can read their CPU limit as they would in a container
    if [[ -d /sys/fs/cgroup ]] && ! mountpoint -q /sys/fs/cgroup; then
        if grep -q '^[0-9]*:[^:]' /proc/self/cgroup; then          # v1 (or hybrid): one mount per hierarchy
            mount -t tmpfs -o mode=755 cgroup /sys/fs/cgroup 2>/dev/null || true
            while IFS=: read -r _ ctl _; do
                if [[ -z $ctl ]]; then
                    mkdir -p /sys/fs/cgroup/unified && mount -t cgroup2 cgroup2 /sys/fs/cgroup/unified 2>/dev/null
                else
                    opts=$ctl
                    [[ $ctl == name=* ]] && opts=none,$ctl
                    mkdir -p "/sys/fs/cgroup/${ctl#name=}" && mount -t cgroup -o "$opts" cgroup "/sys/fs/cgroup/${ctl#name=}" 2>/dev/null
                fi
            done </proc/self/cgroup || true
        else
            mount -t cgroup2 cgroup2 /sys/fs/cgroup 2>/dev/null || true
        fi
    fi
    hostname "$2"
    shift 2
    [[ ${1:-} == -- ]] && shift
    exec "$@"
fi

# ---------------------------------------------------------------------------------------------------
# Names and defaults. One lab per machine and lab id: HILBENCH_LAB_ID (one lowercase letter or digit,
# default none) names a second lab beside the first (with its own HILBENCH_LAB_SUBNET).
LAB_ID=${HILBENCH_LAB_ID:-}
[[ -z $LAB_ID || $LAB_ID =~ ^[a-z0-9]$ ]] || { echo "lab.sh: error: HILBENCH_LAB_ID must be one lowercase letter or digit, got '$LAB_ID'" >&2; exit 1; }
BRIDGE=hlb$LAB_ID-br0
NS_PREFIX=hlb$LAB_ID-board       # network namespace hlb-boardK
VETH_PREFIX=hlb$LAB_ID-v         # root-side veth hlb-vK (board side is eth0 inside the namespace)
CG_NAME=hilbench-lab${LAB_ID:+-$LAB_ID}      # cgroup <hierarchy>/hilbench-lab/boardK
SUBNET=${HILBENCH_LAB_SUBNET:-10.77.0}          # first three octets of a private /24
AGENT_PORT=${HILBENCH_AGENT_PORT:-8765}
TARGETS_DIR=${HILBENCH_TARGETS_DIR:-$REPO/Targets}
TARGET_HEADER='# Written by scripts/lab.sh'
SSHD=/usr/sbin/sshd
MAX_BOARDS=200
CPU_PERIOD=10000          # µs (cgroup v1 cpu.cfs_period_us / v2 cpu.max period); short, so a 50% board runs
                          # at half speed instead of running at full speed and then pausing for 50 ms
CPU_SHARES=""             # empty: kernel default (1024; v2 weight 100)
LAB=""          # absolute lab folder (set by resolve_lab)
AGENT_HELP=""   # output of '$HILBENCH_AGENT serve --help' (set by agent_usable)
# Meter simulators (up --meters ppk2|scpi): hilbench-metersim in the root namespace, one per board,
# following the board's marker wire and cgroup CPU time. P = idle W + W per busy core.
METER_PORT_BASE=${HILBENCH_LAB_METER_PORT:-5100}   # scpi: 127.0.0.1:(base + K)
METER_IDLE_W=1.0
METER_W_PER_CPU=2.0
METERSIM=""     # the hilbench-metersim binary (set by metersim_usable)
STATE=""        # $LAB/state

die() { echo "lab.sh: error: $*" >&2; exit 1; }
note() { echo "lab.sh: $*" >&2; }

usage() {
    cat <<EOF
usage: scripts/lab.sh COMMAND [ARGS] [--dir DIR]

  up N [--cpu-quota P[,P,...]] [--cpu-period US] [--cpu-shares N] [--meters KIND[,KIND...]]
                                 create N virtual boards (namespaces hlb-board1..N, sshd on
                                 $SUBNET.(10+K):22, agent on :$AGENT_PORT if HILBENCH_AGENT is set),
                                 write Targets/lab-boardK.yaml; P = percent of one core per board
                                 (one value for all, or one per board; 'max' = no limit);
                                 --cpu-period: CFS period in µs (default 10000; P% of it must
                                 be ≥ 1000 µs, so P ≥ 10 by default); --cpu-shares: boards'
                                 CPU weight against the host's processes (cgroup v1
                                 cpu.shares, default 1024);
                                 --meters: each board's meter, one for all or one per board:
                                 simulated (default), ppk2, scpi (hilbench-metersim following the
                                 board's marker wire and cgroup; needs HILBENCH_METERSIM or the
                                 binary next to HILBENCH_AGENT), none
  status                         per board: namespace, address, link, ssh, agent, cpu quota
  down [--force] [--purge]       remove everything 'up' made (idempotent); --force also removes
                                 hlb-* leftovers not recorded in the state file; --purge also
                                 deletes the keys and logs in the lab folder
  cut K | heal K                 take board K's link down / up (root-side veth)
  kill-agent K [--signal SIG]    kill board K's agent (default SIGKILL, like a crash)
  start-agent K                  (re)start board K's agent (needs HILBENCH_AGENT)
  hang K                         stop every process of board K (SIGSTOP): connections open, nobody answers
  power-off K / power-on K       board K's relay: kill everything in it / start its sshd and agent again
  rekey K [--trust]              give board K a new host key and restart its sshd; with --trust
                                 also update LAB/known_hosts (without it ssh must refuse the board)
  ssh K [COMMAND...]             ssh into board K with the lab key and strict host-key checking

  --dir DIR   lab folder (default: \$HILBENCH_LAB_DIR or $REPO/lab)
Environment: HILBENCH_AGENT (agent binary), HILBENCH_LAB_SUBNET (default 10.77.0), HILBENCH_LAB_ID
(a second lab beside the first: one letter or digit, used in its names),
             HILBENCH_AGENT_PORT (default 8765), HILBENCH_TARGETS_DIR (default $REPO/Targets),
             HILBENCH_METERSIM (meter simulator binary), HILBENCH_LAB_METER_PORT (scpi base port, default 5100)
EOF
}

# ---------------------------------------------------------------------------------------------------
# Small helpers

ns_of() { echo "$NS_PREFIX$1"; }
veth_of() { echo "$VETH_PREFIX$1"; }
addr_of() { echo "$SUBNET.$((10 + $1))"; }

state_add() { printf '%s\n' "$*" >>"$STATE"; }

# Field 22 of /proc/PID/stat (start time in clock ticks): pid + start time identify a process.
proc_start() {
    local s
    s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    s=${s##*) }
    # shellcheck disable=SC2086
    set -- $s
    echo "${20}"
}

# alive PID START: the process we recorded is still the same process
alive() { [[ -n $1 && $(proc_start "$1" 2>/dev/null) == "$2" ]]; }

now_ms() { echo $(($(date +%s%N) / 1000000)); }

tcp_open() { timeout "${3:-1}" bash -c ": >/dev/tcp/$1/$2" 2>/dev/null; }

wait_port() { # ADDR PORT SECONDS
    local deadline=$(($(date +%s) + $3))
    while (($(date +%s) < deadline)); do
        tcp_open "$1" "$2" 1 && return 0
        sleep 0.1
    done
    return 1
}

resolve_lab() { # DIR (may not exist yet)
    local d=${1:-${HILBENCH_LAB_DIR:-$REPO/lab}}
    LAB=$(realpath -m -- "$d")
    [[ $LAB =~ [[:space:]:] ]] && die "lab folder path must not contain whitespace or ':' ($LAB)"
    STATE=$LAB/state
    return 0
}

lock_lab() {
    mkdir -p -- "$LAB"
    exec 9<"$LAB"
    flock -w 60 9 || die "another scripts/lab.sh is working on $LAB"
}

need_root() { [[ $EUID -eq 0 ]] || die "must run as root (network namespaces, veths, cgroups)"; }

need_cmds() {
    local c missing=()
    for c in "$@"; do command -v "$c" >/dev/null 2>&1 || missing+=("$c"); done
    ((${#missing[@]} == 0)) || die "missing commands: ${missing[*]} (Debian: apt-get install -y iproute2 openssh-server openssh-client util-linux coreutils curl)"
}

# sshd's StrictModes refuses an AuthorizedKeysFile if it or a parent directory is group/world
# writable or not owned by root. Answer "yes" when the lab folder's path passes, "no" otherwise.
strict_modes_ok() {
    local p=$LAB owner mode
    while :; do
        owner=$(stat -c %u -- "$p") mode=$(stat -c %a -- "$p")
        [[ $owner == 0 ]] || return 1
        (((8#$mode & 8#022) == 0)) || return 1
        [[ $p == / ]] && return 0
        p=$(dirname -- "$p")
    done
}

ssh_base() { # K → prints nothing; sets SSH_OPTS
    SSH_OPTS=(-F /dev/null -i "$LAB/id_ed25519" -o IdentitiesOnly=yes -o BatchMode=yes
        -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$LAB/known_hosts"
        -o GlobalKnownHostsFile=/dev/null -o LogLevel=ERROR -o "ConnectTimeout=${SSH_CONNECT_TIMEOUT:-3}")
}

# ---------------------------------------------------------------------------------------------------
# cgroups. v1 (cpu + cpuacct controllers, separate or co-mounted) is the primary target;
# v2 (cpu.max, cpu.stat) is used when no v1 cpu controller is mounted.
CG_MODE=none CG_CPU="" CG_ACCT="" CG2=""
detect_cgroups() {
    local _dev mnt fstype opts _rest o
    local -a list
    while read -r _dev mnt fstype opts _rest; do
        case $fstype in
            cgroup)
                IFS=, read -ra list <<<"$opts"
                for o in "${list[@]}"; do
                    [[ $o == cpu ]] && CG_CPU=$mnt
                    [[ $o == cpuacct ]] && CG_ACCT=$mnt
                done
                ;;
            cgroup2) [[ -r $mnt/cgroup.controllers ]] && grep -qw cpu "$mnt/cgroup.controllers" && CG2=$mnt ;;
        esac
    done </proc/mounts
    if [[ -n $CG_CPU ]]; then
        CG_MODE=v1
    elif [[ -n $CG2 ]]; then
        CG_MODE=v2
    fi
    return 0
}

# Directories of board K's cgroups, one per line (cpu first).
cg_dirs() {
    case $CG_MODE in
        v1)
            echo "$CG_CPU/$CG_NAME/board$1"
            [[ -n $CG_ACCT && $CG_ACCT != "$CG_CPU" ]] && echo "$CG_ACCT/$CG_NAME/board$1"
            ;;
        v2) echo "$CG2/$CG_NAME/board$1" ;;
    esac
    return 0
}

cg_procs_files() { # K → a:b (cgroup.procs files to write a pid into)
    local d out=""
    while read -r d; do [[ -n $d ]] && out+="$d/cgroup.procs:"; done < <(cg_dirs "$1")
    echo "${out%:}"
}

cg_create_parent() {
    local d
    case $CG_MODE in
        v1)
            for d in "$CG_CPU" "$CG_ACCT"; do
                [[ -z $d || -d $d/$CG_NAME ]] && continue
                mkdir "$d/$CG_NAME"
                state_add "cgroup $d/$CG_NAME"
            done
            # the boards compete with the host's processes through their parent: weigh it as all of them
            if [[ -n $CPU_SHARES ]]; then
                local total=$((CPU_SHARES * BOARDS))
                ((total > 262144)) && total=262144
                echo "$total" >"$CG_CPU/$CG_NAME/cpu.shares"
            fi
            ;;
        v2)
            if ! grep -qw cpu "$CG2/cgroup.subtree_control"; then
                echo +cpu >"$CG2/cgroup.subtree_control" ||
                    die "cannot enable the cpu controller in $CG2/cgroup.subtree_control"
                note "enabled the cgroup v2 cpu controller in $CG2/cgroup.subtree_control (left enabled by down)"
            fi
            mkdir "$CG2/$CG_NAME"
            state_add "cgroup $CG2/$CG_NAME"
            echo +cpu >"$CG2/$CG_NAME/cgroup.subtree_control"
            if [[ -n $CPU_SHARES ]]; then
                local w=$((CPU_SHARES * BOARDS * 100 / 1024))
                ((w > 10000)) && w=10000
                echo "$w" >"$CG2/$CG_NAME/cpu.weight"
            fi
            ;;
    esac
    return 0
}

cg_create_board() { # K PERCENT(empty = unlimited)
    local k=$1 pct=$2 d
    [[ $CG_MODE == none ]] && return 0
    while read -r d; do
        mkdir "$d"
        state_add "cgroup $d"
    done < <(cg_dirs "$k")
    case $CG_MODE in
        v1)
            d=$CG_CPU/$CG_NAME/board$k
            echo "$CPU_PERIOD" >"$d/cpu.cfs_period_us"
            if [[ -n $pct ]]; then echo $((pct * CPU_PERIOD / 100)) >"$d/cpu.cfs_quota_us"; else echo -1 >"$d/cpu.cfs_quota_us"; fi
            [[ -z $CPU_SHARES ]] || echo "$CPU_SHARES" >"$d/cpu.shares"
            ;;
        v2)
            d=$CG2/$CG_NAME/board$k
            if [[ -n $pct ]]; then echo "$((pct * CPU_PERIOD / 100)) $CPU_PERIOD" >"$d/cpu.max"; else echo "max $CPU_PERIOD" >"$d/cpu.max"; fi
            # v2 weight 1..10000 (default 100) for v1 shares 2..262144 (default 1024)
            if [[ -n $CPU_SHARES ]]; then
                local w=$((CPU_SHARES * 100 / 1024))
                ((w < 1)) && w=1
                ((w > 10000)) && w=10000
                echo "$w" >"$d/cpu.weight"
            fi
            ;;
    esac
}

cg_quota_text() { # K → "50%", "none", "-"
    local d q p
    case $CG_MODE in
        v1)
            d=$CG_CPU/$CG_NAME/board$1
            [[ -r $d/cpu.cfs_quota_us ]] || { echo -; return; }
            q=$(<"$d/cpu.cfs_quota_us") p=$(<"$d/cpu.cfs_period_us")
            ;;
        v2)
            d=$CG2/$CG_NAME/board$1
            [[ -r $d/cpu.max ]] || { echo -; return; }
            read -r q p <"$d/cpu.max"
            [[ $q == max ]] && q=-1
            ;;
        *) echo -; return ;;
    esac
    if ((q < 0)); then echo none; else echo "$((q * 100 / p))%"; fi
}

cg_usage_ns() { # K → CPU time used by board K's processes, in ns
    local d v
    case $CG_MODE in
        v1)
            d=${CG_ACCT:-$CG_CPU}/$CG_NAME/board$1
            [[ -r $d/cpuacct.usage ]] && cat "$d/cpuacct.usage" || echo 0
            ;;
        v2)
            v=$(awk '$1=="usage_usec"{print $2}' "$CG2/$CG_NAME/board$1/cpu.stat" 2>/dev/null || true)
            echo $((${v:-0} * 1000))
            ;;
        *) echo 0 ;;
    esac
}

# The directory whose CPU-time counter covers board K (cpuacct.usage in v1, cpu.stat usage_usec in v2);
# empty when there is none.
cg_usage_dir() {
    case $CG_MODE in
        v1) [[ -n $CG_ACCT ]] && echo "$CG_ACCT/$CG_NAME/board$1" ;;
        v2) echo "$CG2/$CG_NAME/board$1" ;;
    esac
    return 0
}

# ---------------------------------------------------------------------------------------------------
# Meter simulators (lab equipment: root namespace, not in the board's cgroup, so their own CPU is not the board's)

meter_port_of() { echo $((METER_PORT_BASE + $1)); }

metersim_usable() { # → 0 and METERSIM set when a hilbench-metersim binary is found
    local c
    if [[ -n ${HILBENCH_METERSIM:-} ]]; then
        c=$HILBENCH_METERSIM
    elif [[ -n ${HILBENCH_AGENT:-} ]]; then
        c=$(dirname -- "$HILBENCH_AGENT")/hilbench-metersim
    else
        return 1
    fi
    [[ -x $c ]] || return 1
    METERSIM=$(realpath -s -- "$c")
}

start_metersim() { # K KIND(ppk2|scpi)
    local k=$1 kind=$2 b=$LAB/board$1 dir pid="" i
    dir=$(cg_usage_dir "$k")
    : >"$b/marker.wire"
    local -a args=(--marker-wire "$b/marker.wire" --cgroup "$dir" --idle-watts "$METER_IDLE_W" --watts-per-cpu "$METER_W_PER_CPU")
    case $kind in
        ppk2) args=(ppk2 --link "$b/ppk2" --millivolts 3300 "${args[@]}") ;;
        scpi) args=(scpi --listen "127.0.0.1:$(meter_port_of "$k")" --millivolts 5000 "${args[@]}") ;;
    esac
    local pidf=$b/metersim.pid log=$b/metersim.log
    rm -f -- "$pidf"
    : >"$log"
    setsid "$SELF" __detached "$pidf" -- "$METERSIM" "${args[@]}" </dev/null >>"$log" 2>&1 9<&- &
    for ((i = 0; i < 100; i++)); do
        [[ -s $pidf ]] && { pid=$(<"$pidf"); [[ -n $pid ]] && break; }
        sleep 0.05
    done
    [[ -n $pid ]] || die "could not start the $kind meter simulator of board $k (log: $log)"
    state_add "proc $k metersim $pid $(proc_start "$pid" || echo 0)"
    for ((i = 0; i < 200; i++)); do
        grep -q ' ready: ' "$log" && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    if ! grep -q ' ready: ' "$log"; then
        tail -n 5 -- "$log" >&2 || true
        local hint=""
        [[ $kind == scpi ]] && hint="; if its port is taken, choose another base with HILBENCH_LAB_METER_PORT"
        die "the $kind meter simulator of board $k did not come up (log: $log)$hint"
    fi
    state_add "meter $k $kind $dir $METER_IDLE_W $METER_W_PER_CPU"
}

# ---------------------------------------------------------------------------------------------------
# Starting processes in a board

# launch_in_board K NAME LOGFILE -- CMD...   → LAUNCHED_PID; records "proc K NAME PID START"
launch_in_board() {
    local k=$1 name=$2 log=$3
    shift 3
    [[ ${1:-} == -- ]] && shift
    local pidf=$LAB/board$k/$name.pid bg pid="" i
    rm -f -- "$pidf"
    setsid "$SELF" __in-board "$(ns_of "$k")" "lab-board$k" "$pidf" "$(cg_procs_files "$k")" -- "$@" \
        </dev/null >>"$log" 2>&1 9<&- &
    bg=$!
    for ((i = 0; i < 100; i++)); do
        [[ -s $pidf ]] && { pid=$(<"$pidf"); [[ -n $pid ]] && break; }
        kill -0 "$bg" 2>/dev/null || break
        sleep 0.05
    done
    [[ -n $pid ]] || { tail -n 20 -- "$log" >&2 || true; die "could not start $name in board $k (log: $log)"; }
    state_add "proc $k $name $pid $(proc_start "$pid" || echo 0)"
    LAUNCHED_PID=$pid
}

write_sshd_config() { # K STRICT(yes|no)
    local k=$1 b=$LAB/board$1
    cat >"$b/sshd_config" <<EOF
# Written by scripts/lab.sh for virtual board $k (network namespace $(ns_of "$k"))
ListenAddress $(addr_of "$k"):22
HostKey $b/ssh_host_ed25519_key
PidFile $b/sshd.pid
AuthorizedKeysFile $LAB/authorized_keys
AllowUsers root
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitEmptyPasswords no
HostbasedAuthentication no
UsePAM no
StrictModes $2
UseDNS no
PrintMotd no
PrintLastLog no
X11Forwarding no
MaxSessions 64
MaxStartups 64:30:128
Subsystem sftp internal-sftp
LogLevel INFO
EOF
}

start_sshd() { # K
    local k=$1 b=$LAB/board$1 addr
    addr=$(addr_of "$k")
    "$SSHD" -t -f "$b/sshd_config" || die "sshd rejects $b/sshd_config"
    launch_in_board "$k" sshd "$b/sshd.out" -- "$SSHD" -D -f "$b/sshd_config" -E "$b/sshd.log"
    if ! wait_port "$addr" 22 10; then
        tail -n 20 -- "$b/sshd.log" >&2 2>/dev/null || true
        die "sshd of board $k does not accept connections on $addr:22 (log: $b/sshd.log)"
    fi
}

stop_recorded() { # K NAME SIGNAL → kills the live recorded processes NAME of board K; prints pids
    local k=$1 name=$2 sig=$3 kind bk bn pid st killed=()
    while read -r kind bk bn pid st; do
        [[ $kind == proc && $bk == "$k" && $bn == "$name" ]] || continue
        alive "$pid" "$st" || continue
        kill -s "$sig" -- "-$pid" 2>/dev/null || kill -s "$sig" -- "$pid" 2>/dev/null || true
        killed+=("$pid:$st")
    done <"$STATE"
    local e i
    for ((i = 0; i < 50; i++)); do
        local any=0
        for e in "${killed[@]}"; do alive "${e%%:*}" "${e#*:}" && any=1; done
        ((any)) || break
        sleep 0.1
    done
    for e in "${killed[@]}"; do
        alive "${e%%:*}" "${e#*:}" && kill -KILL -- "${e%%:*}" 2>/dev/null
        printf '%s ' "${e%%:*}"
    done
    return 0
}

agent_usable() { # → 0 if HILBENCH_AGENT is set and answers 'serve --help'
    [[ -n ${HILBENCH_AGENT:-} ]] || return 1
    if [[ ! -x $HILBENCH_AGENT ]]; then
        note "notice: HILBENCH_AGENT=$HILBENCH_AGENT is not an executable file; boards get no agent server"
        return 1
    fi
    # An ArgumentParser tool prints its top-level help (exit 0) for an unknown subcommand's --help,
    # so success alone proves nothing: the help must be serve's, with the options we pass.
    if ! AGENT_HELP=$(timeout 20 "$HILBENCH_AGENT" serve --help 2>&1) ||
        ! grep -q -- '--listen' <<<"$AGENT_HELP" || ! grep -q -- '--token-file' <<<"$AGENT_HELP"; then
        note "notice: '$HILBENCH_AGENT serve --help' does not describe 'serve --listen … --token-file …' (no HTTP server in this agent yet?); boards get no agent server"
        return 1
    fi
    return 0
}

start_agent() { # K
    local k=$1 b=$LAB/board$1 addr agent
    addr=$(addr_of "$k")
    agent=$(realpath -s -- "$HILBENCH_AGENT")
    local -a extra=()
    # each board its own artifact store (the boards share this machine's home folder); the lab shares
    # the controller's file system, so the simulated marker may write the wire file a case names
    grep -q -- '--store' <<<"$AGENT_HELP" && extra+=(--store "$b/artifacts")
    grep -q -- '--allow-marker-wire' <<<"$AGENT_HELP" && extra+=(--allow-marker-wire)
    launch_in_board "$k" agent "$b/agent.log" -- "$agent" serve --listen "$addr:$AGENT_PORT" --token-file "$b/token" "${extra[@]}"
    state_add "agent $k http://$addr:$AGENT_PORT"
    state_add "agent-bin $k $agent"
    if ! wait_port "$addr" "$AGENT_PORT" 10; then
        note "warning: agent of board $k is not accepting connections on $addr:$AGENT_PORT after 10 s (log: $b/agent.log)"
    fi
}

agent_path_for_targets() {
    if [[ -n ${HILBENCH_AGENT:-} ]]; then realpath -s -- "$HILBENCH_AGENT"; return; fi
    local c
    for c in "$REPO/.build/release/hilbench-agent" "$REPO/.build/debug/hilbench-agent"; do
        [[ -x $c ]] && { echo "$c"; return; }
    done
    echo "$REPO/.build/debug/hilbench-agent"
}

write_known_hosts() {
    local k tmp=$LAB/known_hosts.tmp
    : >"$tmp"
    for ((k = 1; k <= BOARDS; k++)); do
        printf '%s %s\n' "$(addr_of "$k")" "$(cut -d' ' -f1,2 "$LAB/board$k/ssh_host_ed25519_key.pub")" >>"$tmp"
    done
    chmod 644 "$tmp"
    mv -f -- "$tmp" "$LAB/known_hosts"
}

write_target() { # K PERCENT AGENT_PATH METER_KIND
    local k=$1 pct=$2 agent=$3 meter=${4:-simulated} f ns addr arch cores soc desc ncpu
    f=$TARGETS_DIR/lab-board$k.yaml ns=$(ns_of "$k") addr=$(addr_of "$k")
    if [[ -e $f ]] && ! head -n 1 -- "$f" | grep -qF "$TARGET_HEADER"; then
        die "refusing to overwrite $f (not written by scripts/lab.sh)"
    fi
    ncpu=$(nproc)
    case $(uname -m) in x86_64 | i?86) arch=x86 ;; aarch64 | arm64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
    if [[ -n $pct ]]; then
        cores=$(((pct + 99) / 100))
        ((cores > ncpu)) && cores=$ncpu
        ((cores < 1)) && cores=1
        soc=virtual-$arch-${pct}pct desc="$pct% of one core"
    else
        cores=$ncpu soc=virtual-$arch desc="no CPU limit"
    fi
    state_add "target $f"
    mkdir -p -- "$TARGETS_DIR"
    cat >"$f" <<EOF
$TARGET_HEADER — a virtual board in network namespace $ns
name: lab-board$k
description: Virtual board $k (network namespace $ns, $desc)
transport:
  kind: ssh
  host: $addr
  port: 22
  user: root
  identity_file: $LAB/id_ed25519
  known_hosts: $LAB/known_hosts
  agent_path: $agent
  http_url: http://$addr:$AGENT_PORT
  token_file: $LAB/board$k/token
chip:
  soc: $soc
  cores: $cores
  price_usd: 35
  tdp_w: 5
EOF
    # the marker and the meter wired to it (the meter simulators follow the board's marker wire)
    case $meter in
        ppk2) printf 'marker:\n  backend: simulated\n  wire: %s\nmeter:\n  kind: ppk2\n  device: %s\n  source_mv: 3300\n' \
            "$LAB/board$k/marker.wire" "$LAB/board$k/ppk2" >>"$f" ;;
        scpi) printf 'marker:\n  backend: simulated\n  wire: %s\nmeter:\n  kind: scpi\n  host: 127.0.0.1\n  port: %s\n  expected_manufacturer: Keysight Technologies\n  expected_model: N6705\n' \
            "$LAB/board$k/marker.wire" "$(meter_port_of "$k")" >>"$f" ;;
        none) printf 'marker:\n  backend: simulated\nmeter:\n  kind: none\n' >>"$f" ;;
        *) printf 'marker:\n  backend: simulated\nmeter:\n  kind: simulated\n' >>"$f" ;;
    esac
}

write_power_relay() { # K → the target file's power section: the relay is this script's power-off/power-on
  # …for this lab: the controller runs it without our environment, and another lab's board K must stay untouched.
    cat <<EOF
power:
  relay:
    kind: command
    off: [/usr/bin/env, 'HILBENCH_LAB_ID=$LAB_ID', /bin/bash, $SELF, power-off, '$1', --dir, $LAB]
    on: [/usr/bin/env, 'HILBENCH_LAB_ID=$LAB_ID', /bin/bash, $SELF, power-on, '$1', --dir, $LAB]
  off_s: 0.5
  boot_timeout_s: 30
EOF
}

# ---------------------------------------------------------------------------------------------------
# State

# load_state: BOARDS, B_NS[k], B_ADDR[k], B_VETH[k], B_AGENT[k]; CG_* as recorded by up
declare -a B_NS=() B_ADDR=() B_VETH=() B_AGENT=()
BOARDS=0
load_state() {
    local kind a b c d e
    [[ -s $STATE ]] || return 1
    while read -r kind a b c d e; do
        case $kind in
            subnet) SUBNET=$a ;;
            agent-port) AGENT_PORT=$a ;;
            cgroups) CG_MODE=$a CG_CPU=${b#-} CG_ACCT=${c#-} CG2=${d#-} ;;
            board)
                B_NS[a]=$b B_ADDR[a]=$c B_VETH[a]=$d
                ((a > BOARDS)) && BOARDS=$a
                ;;
            agent) B_AGENT[a]=$b ;;
        esac
    done <"$STATE"
    return 0
}

leftovers() { # prints hlb-* / hilbench-lab things that exist now
    ip netns list 2>/dev/null | awk -v p="$NS_PREFIX" 'index($1, p) == 1 {print "netns " $1}'
    ip -o link show 2>/dev/null | awk -F': ' -v b="$BRIDGE" -v v="$VETH_PREFIX" \
        '{ split($2, n, "@"); if (n[1] == b || index(n[1], v) == 1) print "link " n[1] }'
    local d
    detect_cgroups
    for d in "$CG_CPU" "$CG_ACCT" "$CG2"; do
        [[ -n $d && -d $d/$CG_NAME ]] && echo "cgroup $d/$CG_NAME"
    done
    for d in /etc/netns/"$NS_PREFIX"*; do
        [[ -d $d ]] && echo "etcdir $d"
    done
    return 0
}

# teardown STATEFILE: undo everything recorded (in a safe order); tolerant of things already gone.
teardown() {
    local sf=$1 kind a b c d
    local -a nss=() links=() cgs=() procs=() targets=() etcfiles=() etcdirs=()
    local privsep=""
    set +e
    while read -r kind a b c d; do
        case $kind in
            netns) nss+=("$a") ;;
            veth | bridge) links+=("$a") ;;
            cgroup) cgs+=("$a") ;;
            proc) procs+=("$c:$d") ;;
            target) targets+=("$a") ;;
            etcfile) etcfiles+=("$a") ;;
            etcdir) etcdirs+=("$a") ;;
            privsep) privsep=$a ;;
        esac
    done <"$sf"

    # 1. processes: the recorded ones, then everything still inside the boards' namespaces/cgroups
    local e pid round sig
    for e in "${procs[@]}"; do
        alive "${e%%:*}" "${e#*:}" && kill -TERM -- "${e%%:*}" 2>/dev/null
    done
    for round in $(seq 1 40); do
        local -a pids=()
        for a in "${nss[@]}"; do
            [[ -e /run/netns/$a ]] && mapfile -t -O "${#pids[@]}" pids < <(ip netns pids "$a" 2>/dev/null)
        done
        for a in "${cgs[@]}"; do
            [[ -r $a/cgroup.procs ]] && mapfile -t -O "${#pids[@]}" pids <"$a/cgroup.procs"
        done
        ((${#pids[@]} == 0)) && break
        sig=TERM
        ((round > 25)) && sig=KILL
        for pid in "${pids[@]}"; do
            [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
            kill -s "$sig" -- "$pid" 2>/dev/null
        done
        sleep 0.1
    done

    # 2. links and namespaces (deleting a namespace also deletes its veth end)
    for a in "${links[@]}"; do
        [[ $a == "$BRIDGE" ]] && continue
        ip link show dev "$a" >/dev/null 2>&1 && ip link del dev "$a"
    done
    for a in "${nss[@]}"; do
        [[ -e /run/netns/$a ]] && ip netns del "$a"
    done
    for a in "${links[@]}"; do
        [[ $a == "$BRIDGE" ]] && ip link show dev "$a" >/dev/null 2>&1 && ip link del dev "$a"
    done

    # 3. cgroups, children before parents (reverse order of creation)
    local i
    for ((i = ${#cgs[@]} - 1; i >= 0; i--)); do
        a=${cgs[i]}
        [[ -d $a ]] || continue
        for round in 1 2 3 4 5 6 7 8 9 10; do
            rmdir -- "$a" 2>/dev/null && break
            sleep 0.2
        done
        [[ -d $a ]] && note "warning: could not remove cgroup $a (still has processes?)"
    done

    # 4. /etc/netns/NS files and folders (folders only when empty, children first)
    for a in "${etcfiles[@]}"; do rm -f -- "$a"; done
    for ((i = ${#etcdirs[@]} - 1; i >= 0; i--)); do
        [[ -d ${etcdirs[i]} ]] && { rmdir -- "${etcdirs[i]}" 2>/dev/null || note "left ${etcdirs[i]} (not empty)"; }
    done

    # /run/sshd, if up made it and no other sshd runs now
    [[ -n $privsep && -d $privsep ]] && ! pgrep -x sshd >/dev/null && rmdir -- "$privsep" 2>/dev/null

    # 5. target files we wrote
    for a in "${targets[@]}"; do
        [[ -f $a ]] || continue
        if head -n 1 -- "$a" | grep -qF "$TARGET_HEADER"; then rm -f -- "$a"; else note "left $a alone (not ours)"; fi
    done
    set -e
    return 0
}

# ---------------------------------------------------------------------------------------------------
# Commands

UP_DONE=0
on_up_exit() {
    local rc=$?
    ((UP_DONE)) && return 0
    trap - EXIT INT TERM
    note "up did not complete (exit $rc); removing what was made so far"
    [[ -s $STATE ]] && teardown "$STATE"
    rm -f -- "$STATE" "$LAB"/board*/{sshd,agent,metersim}.pid "$LAB"/board*/token
    exit "$rc"
}

cmd_up() {
    local n="" quota_spec="" dir="" meter_spec=""
    while (($#)); do
        case $1 in
            --dir) dir=${2:?--dir needs a folder}; shift 2 ;;
            --cpu-quota) quota_spec=${2:?--cpu-quota needs P[,P,...]}; shift 2 ;;
            --cpu-quota=*) quota_spec=${1#*=}; shift ;;
            --cpu-period) CPU_PERIOD=${2:?--cpu-period needs microseconds}; shift 2 ;;
            --cpu-period=*) CPU_PERIOD=${1#*=}; shift ;;
            --cpu-shares) CPU_SHARES=${2:?--cpu-shares needs a number}; shift 2 ;;
            --cpu-shares=*) CPU_SHARES=${1#*=}; shift ;;
            --meters) meter_spec=${2:?--meters needs KIND[,KIND,...]}; shift 2 ;;
            --meters=*) meter_spec=${1#*=}; shift ;;
            --dir=*) dir=${1#*=}; shift ;;
            -h | --help) usage; exit 0 ;;
            *) [[ -z $n ]] || die "unexpected argument: $1"; n=$1; shift ;;
        esac
    done
    [[ $n =~ ^[0-9]+$ ]] || die "up needs a board count 1..$MAX_BOARDS (got '${n}')"
    n=$((10#$n))
    ((n >= 1 && n <= MAX_BOARDS)) || die "up needs a board count 1..$MAX_BOARDS (got '${n}')"
    need_root
    need_cmds ip "$SSHD" ssh ssh-keygen unshare setsid flock timeout realpath od nproc hostname
    [[ $SUBNET =~ ^(10\.[0-9]{1,3}\.[0-9]{1,3}|172\.(1[6-9]|2[0-9]|3[01])\.[0-9]{1,3}|192\.168\.[0-9]{1,3})$ ]] ||
        die "HILBENCH_LAB_SUBNET must be the first three octets of a private /24 (e.g. 10.77.0), got '$SUBNET'"
    [[ $AGENT_PORT =~ ^[0-9]+$ ]] || die "HILBENCH_AGENT_PORT must be a number"
    [[ $CPU_PERIOD =~ ^[0-9]+$ && $CPU_PERIOD -ge 1000 && $CPU_PERIOD -le 1000000 ]] ||
        die "--cpu-period must be 1000..1000000 µs"
    [[ -z $CPU_SHARES || ($CPU_SHARES =~ ^[0-9]+$ && CPU_SHARES -ge 2 && CPU_SHARES -le 262144) ]] ||
        die "--cpu-shares must be 2..262144"

    # quotas
    local -a pcts=()
    if [[ -n $quota_spec ]]; then
        local -a q
        IFS=, read -ra q <<<"$quota_spec"
        ((${#q[@]} == 1 || ${#q[@]} == n)) || die "--cpu-quota has ${#q[@]} values for $n boards (give 1 or $n)"
        local k v
        for ((k = 1; k <= n; k++)); do
            v=${q[0]}
            ((${#q[@]} > 1)) && v=${q[k - 1]}
            case $v in
                max | none | - | 0 | "") pcts[k]="" ;;
                *)
                    [[ $v =~ ^[0-9]+$ ]] || die "bad cpu quota '$v' (percent of one core, or 'max')"
                    v=$((10#$v))
                    ((v >= 1 && v <= 100000)) || die "bad cpu quota '$v' (percent of one core, or 'max')"
                    ((v > $(nproc) * 100)) && note "warning: board $k quota $v% is more than this machine's $(nproc) cores"
                    ((v * CPU_PERIOD / 100 >= 1000)) ||
                        die "quota $v% of a ${CPU_PERIOD} µs period is under the kernel's 1000 µs minimum; raise --cpu-period"
                    pcts[k]=$v
                    ;;
            esac
        done
    fi

    # meters: one kind for all boards or one per board
    local -a meters=() mk
    local need_metersim=0 mv
    IFS=, read -ra mk <<<"${meter_spec:-simulated}"
    ((${#mk[@]} == 1 || ${#mk[@]} == n)) || die "--meters has ${#mk[@]} values for $n boards (give 1 or $n)"
    for ((k = 1; k <= n; k++)); do
        mv=${mk[0]}
        ((${#mk[@]} > 1)) && mv=${mk[k - 1]}
        case $mv in
            simulated | none) ;;
            ppk2 | scpi) need_metersim=1 ;;
            *) die "bad meter kind '$mv' (simulated, ppk2, scpi or none)" ;;
        esac
        meters[k]=$mv
    done
    if ((need_metersim)); then
        metersim_usable || die "--meters ppk2/scpi needs the meter simulator: set HILBENCH_METERSIM to hilbench-metersim (or put it next to HILBENCH_AGENT); build it with 'swift build --product hilbench-metersim'"
    fi

    resolve_lab "$dir"
    lock_lab
    if [[ -s $STATE ]]; then
        load_state || true
        die "the lab is already up ($BOARDS boards, state in $STATE); run 'scripts/lab.sh down' first"
    fi
    local left
    left=$(leftovers)
    [[ -z $left ]] || die "found lab resources not recorded in $STATE (another lab folder, or a crashed run):
$left
run 'scripts/lab.sh down --force' (or 'down --dir THAT_FOLDER') first"
    if ip -4 -o addr show | awk '{print $4}' | grep -q "^${SUBNET//./\\.}\." ||
        [[ -n $(ip -4 route show "$SUBNET.0/24" 2>/dev/null) ]]; then
        die "subnet $SUBNET.0/24 is already in use on this machine; pick another with HILBENCH_LAB_SUBNET"
    fi
    detect_cgroups
    if [[ $CG_MODE == none ]]; then
        [[ -z $quota_spec ]] || die "--cpu-quota needs a cgroup cpu controller (v1 'cpu' or v2 with 'cpu'); none found in /proc/mounts"
        note "notice: no cgroup cpu controller found; boards run without cgroups"
    fi
    # the ppk2/scpi meters follow the board's CPU time, which needs a cgroup that counts it
    if ((need_metersim)) && [[ -z $(cg_usage_dir 1) ]]; then
        die "--meters ppk2/scpi follow each board's CPU time in its cgroup, but this machine has no CPU accounting cgroup (v1 'cpuacct' or v2 'cpu' in /proc/mounts)"
    fi

    BOARDS=$n
    chmod 700 "$LAB"
    trap on_up_exit EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    : >"$STATE"
    state_add "version 1"
    state_add "created $(date -Is)"
    state_add "labdir $LAB"
    state_add "subnet $SUBNET"
    state_add "agent-port $AGENT_PORT"
    state_add "cgroups $CG_MODE -$CG_CPU -$CG_ACCT -$CG2"
    state_add "cpu $CPU_PERIOD ${CPU_SHARES:--}"

    # keys: the client key and the host keys are kept across up/down (down --purge deletes them)
    umask 077
    [[ -s $LAB/id_ed25519 ]] || ssh-keygen -q -t ed25519 -N '' -C "hilbench-lab-client" -f "$LAB/id_ed25519"
    install -m 600 /dev/null "$LAB/authorized_keys"
    cat "$LAB/id_ed25519.pub" >"$LAB/authorized_keys"
    local strict=yes
    if ! strict_modes_ok; then
        strict=no
        note "notice: a directory on the path to $LAB is group/world-writable or not root's; sshd StrictModes is off"
    fi
    if [[ ! -d /run/sshd ]]; then   # sshd's privilege separation folder
        state_add "privsep /run/sshd"
        mkdir -m 755 /run/sshd
    fi

    # bridge
    state_add "bridge $BRIDGE"
    ip link add name "$BRIDGE" type bridge
    ip addr add "$SUBNET.1/24" dev "$BRIDGE"
    ip link set dev "$BRIDGE" up
    cg_create_parent

    # boards: namespace, veth, addresses, cgroup, host key, token
    local k ns veth addr
    for ((k = 1; k <= n; k++)); do
        ns=$(ns_of "$k") veth=$(veth_of "$k") addr=$(addr_of "$k")
        state_add "board $k $ns $addr $veth ${pcts[k]:--}"
        mkdir -p "$LAB/board$k"
        state_add "netns $ns"
        ip netns add "$ns"
        state_add "veth $veth"
        ip link add name "$veth" type veth peer name eth0 netns "$ns"
        ip link set dev "$veth" master "$BRIDGE" up
        ip -n "$ns" link set dev lo up
        ip -n "$ns" addr add "$addr/24" dev eth0
        ip -n "$ns" link set dev eth0 up
        ip -n "$ns" route add default via "$SUBNET.1"
        # 'ip netns exec' bind-mounts /etc/netns/NS/* over /etc/*: give the board a hosts file with the
        # lab's names and no DNS server, so name lookups answer at once instead of timing out
        if [[ ! -d /etc/netns ]]; then
            state_add "etcdir /etc/netns"
            mkdir -m 755 /etc/netns
        fi
        state_add "etcdir /etc/netns/$ns"
        mkdir -m 755 "/etc/netns/$ns"
        state_add "etcfile /etc/netns/$ns/hosts"
        state_add "etcfile /etc/netns/$ns/resolv.conf"
        printf '# Written by scripts/lab.sh: no DNS inside the virtual lab (names: /etc/hosts)\noptions timeout:1 attempts:1\n' \
            >"/etc/netns/$ns/resolv.conf"
        chmod 644 "/etc/netns/$ns/resolv.conf"
        cg_create_board "$k" "${pcts[k]:-}"
        [[ -s $LAB/board$k/ssh_host_ed25519_key ]] ||
            ssh-keygen -q -t ed25519 -N '' -C "lab-board$k" -f "$LAB/board$k/ssh_host_ed25519_key"
        od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$LAB/board$k/token"
        write_sshd_config "$k" "$strict"
    done
    umask 022
    {
        printf '# Written by scripts/lab.sh for the virtual lab\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n'
        printf '%s\tlab-host\n' "$SUBNET.1"
        for ((k = 1; k <= n; k++)); do printf '%s\tlab-board%s\n' "$(addr_of "$k")" "$k"; done
    } >"$LAB/hosts"
    for ((k = 1; k <= n; k++)); do install -m 644 "$LAB/hosts" "/etc/netns/$(ns_of "$k")/hosts"; done
    write_known_hosts
    {
        echo "# Written by scripts/lab.sh: ssh -F $LAB/ssh_config lab-boardK"
        for ((k = 1; k <= n; k++)); do
            printf 'Host lab-board%s %s\n  HostName %s\n  User root\n  IdentityFile %s\n  IdentitiesOnly yes\n  UserKnownHostsFile %s\n  GlobalKnownHostsFile /dev/null\n  StrictHostKeyChecking yes\n  BatchMode yes\n\n' \
                "$k" "$(addr_of "$k")" "$(addr_of "$k")" "$LAB/id_ed25519" "$LAB/known_hosts"
        done
    } >"$LAB/ssh_config"

    # sshd per board
    for ((k = 1; k <= n; k++)); do start_sshd "$k"; done

    # agent per board
    local with_agent=0
    if agent_usable; then
        with_agent=1
        for ((k = 1; k <= n; k++)); do start_agent "$k"; done
    elif [[ -z ${HILBENCH_AGENT:-} ]]; then
        note "notice: HILBENCH_AGENT is not set; boards get no agent server (ssh only)"
    fi

    # check every board over ssh, and that a process started via ssh lands in the board's cgroup
    local tmp
    tmp=$(mktemp -d)
    SSH_CONNECT_TIMEOUT=10 ssh_base
    local -a checks=()
    for ((k = 1; k <= n; k++)); do
        ssh "${SSH_OPTS[@]}" "root@$(addr_of "$k")" 'hostname; cat /proc/self/cgroup' \
            >"$tmp/$k" 2>&1 9<&- &
        checks+=($!)
    done
    wait "${checks[@]}" || true   # (a bare 'wait' would also wait for the sshds, which are our children)
    local bad=0 d
    for ((k = 1; k <= n; k++)); do
        if ! grep -qx "lab-board$k" "$tmp/$k"; then
            note "board $k: ssh check failed: $(tr '\n' ' ' <"$tmp/$k")"
            bad=1
            continue
        fi
        if [[ $CG_MODE != none ]]; then
            while read -r d; do
                grep -q ":/${CG_NAME}/board$k\$" "$tmp/$k" ||
                    { note "board $k: ssh session is not in cgroup $d: $(tr '\n' ' ' <"$tmp/$k")"; bad=1; }
            done < <(cg_dirs "$k")
        fi
    done
    rm -rf -- "$tmp"
    ((bad == 0)) || die "some boards failed the ssh check"

    # meter simulators (after the boards' cgroups exist and their sshds run)
    for ((k = 1; k <= n; k++)); do
        case ${meters[k]} in ppk2 | scpi) start_metersim "$k" "${meters[k]}" ;; esac
    done

    # target files
    local agent
    agent=$(agent_path_for_targets)
    for ((k = 1; k <= n; k++)); do
        write_target "$k" "${pcts[k]:-}" "$agent" "${meters[k]}"
        write_power_relay "$k" >>"$TARGETS_DIR/lab-board$k.yaml"
    done

    state_add "up-complete $(date -Is)"
    UP_DONE=1
    trap - EXIT INT TERM

    echo "lab up: $n boards, bridge $BRIDGE $SUBNET.1/24, lab folder $LAB"
    printf '%-8s %-12s %-12s %-8s %-26s %-10s %s\n' BOARD NAMESPACE ADDRESS SSH AGENT "CPU QUOTA" METER
    local url quota
    for ((k = 1; k <= n; k++)); do
        url=-
        ((with_agent)) && url=http://$(addr_of "$k"):$AGENT_PORT
        quota=${pcts[k]:+${pcts[k]}%}
        printf '%-8s %-12s %-12s %-8s %-26s %-10s %s\n' "board$k" "$(ns_of "$k")" "$(addr_of "$k")" 22 "$url" "${quota:-none}" "${meters[k]}"
    done
    echo "targets: $TARGETS_DIR/lab-board{1..$n}.yaml   ssh: scripts/lab.sh ssh K   or   ssh -F $LAB/ssh_config lab-boardK"
}

cmd_status() {
    local dir=""
    while (($#)); do
        case $1 in
            --dir) dir=${2:?}; shift 2 ;;
            --dir=*) dir=${1#*=}; shift ;;
            *) die "unexpected argument: $1" ;;
        esac
    done
    need_root
    resolve_lab "$dir"
    if ! load_state; then
        local left
        left=$(leftovers)
        echo "lab is down (no state in $LAB)"
        [[ -z $left ]] || { echo "but these lab resources exist (run 'scripts/lab.sh down --force'):"; echo "$left"; }
        return 3
    fi
    grep -q '^up-complete' "$STATE" || echo "warning: the state file records an 'up' that did not complete"
    local tmp k
    local -a checks=()
    tmp=$(mktemp -d)
    ssh_base
    for ((k = 1; k <= BOARDS; k++)); do
        (
            t0=$(now_ms)
            if ssh "${SSH_OPTS[@]}" "root@${B_ADDR[k]}" true >"$tmp/ssh$k.err" 2>&1 9<&-; then
                echo "ok $(($(now_ms) - t0))ms" >"$tmp/ssh$k"
            else
                echo "FAIL($(($(now_ms) - t0))ms)" >"$tmp/ssh$k"
            fi
            if [[ -n ${B_AGENT[k]:-} ]]; then
                # GET /v1/health needs no token; HEAD of an artifact that is not there needs one
                # (404 = the token was accepted, 401 = it was not)
                health=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "${B_AGENT[k]}/v1/health" 2>/dev/null || true)
                auth=$(curl -s -m 2 -o /dev/null -w '%{http_code}' -I \
                    -H "Authorization: Bearer $(cat "$LAB/board$k/token" 2>/dev/null)" \
                    "${B_AGENT[k]}/v1/artifacts/$(printf '0%.0s' {1..64})" 2>/dev/null || true)
                if [[ $health == 200 && $auth != 401 && $auth != 000 ]]; then
                    echo "ok" >"$tmp/agent$k"
                elif [[ -n $health && $health != 000 ]]; then
                    echo "HTTP(health $health, token $auth)" >"$tmp/agent$k"
                elif tcp_open "${B_ADDR[k]}" "$AGENT_PORT" 2; then
                    echo "tcp-only" >"$tmp/agent$k"
                else
                    echo "DOWN" >"$tmp/agent$k"
                fi
            else
                echo "not started" >"$tmp/agent$k"
            fi
        ) &
        checks+=($!)
    done
    wait "${checks[@]}" || true
    local all_ok=0 link nsok cpu
    printf '%-8s %-12s %-6s %-12s %-5s %-13s %-30s %-9s %s\n' BOARD NAMESPACE NS ADDRESS LINK SSH AGENT "CPU QUOTA" "CPU USED"
    for ((k = 1; k <= BOARDS; k++)); do
        nsok=no
        [[ -e /run/netns/${B_NS[k]} ]] && nsok=yes
        link=$(ip -br link show dev "${B_VETH[k]}" 2>/dev/null | awk '{print $2}')
        [[ $link == UP ]] && link=up
        [[ $link == DOWN ]] && link=CUT
        cpu=$(cg_usage_ns "$k")
        printf '%-8s %-12s %-6s %-12s %-5s %-13s %-30s %-9s %s\n' "board$k" "${B_NS[k]}" "$nsok" "${B_ADDR[k]}" \
            "${link:-gone}" "$(cat "$tmp/ssh$k")" "${B_AGENT[k]:+${B_AGENT[k]} }$(cat "$tmp/agent$k")" \
            "$(cg_quota_text "$k")" "$((cpu / 1000000))ms"
        grep -q '^ok' "$tmp/ssh$k" || all_ok=1
        [[ -z ${B_AGENT[k]:-} ]] || grep -q '^ok' "$tmp/agent$k" || all_ok=1
    done
    for ((k = 1; k <= BOARDS; k++)); do
        grep -q '^ok' "$tmp/ssh$k" || echo "board$k ssh: $(head -n 3 "$tmp/ssh$k.err" | tr '\n' ' ')"
    done
    local kind mk mkind pid st recorded
    recorded=$(<"$STATE")
    while read -r kind mk mkind _; do
        [[ $kind == meter ]] || continue
        read -r _ _ _ pid st < <(grep -E "^proc $mk metersim " <<<"$recorded" | tail -n 1)
        if alive "${pid:-}" "${st:-}"; then
            echo "board$mk meter: $mkind simulator running (pid $pid)"
        else
            echo "board$mk meter: $mkind simulator DOWN (log: $LAB/board$mk/metersim.log)"
            all_ok=1
        fi
    done <<<"$recorded"
    rm -rf -- "$tmp"
    return "$all_ok"
}

cmd_down() {
    local dir="" force=0 purge=0
    while (($#)); do
        case $1 in
            --dir) dir=${2:?}; shift 2 ;;
            --dir=*) dir=${1#*=}; shift ;;
            --force) force=1; shift ;;
            --purge) purge=1; shift ;;
            *) die "unexpected argument: $1" ;;
        esac
    done
    need_root
    resolve_lab "$dir"
    [[ -d $LAB ]] && lock_lab
    local sf left had_state=0
    sf=$(mktemp)
    [[ -s $STATE ]] && { cat "$STATE" >"$sf"; had_state=1; }
    if ((force)); then
        # everything with our names, whether recorded or not
        detect_cgroups
        [[ -d /etc/netns ]] && echo "etcdir /etc/netns" >>"$sf"   # (removed only if empty)
        leftovers | awk '{ if ($1 == "link") print "veth " $2; else print }' >>"$sf"
        echo "bridge $BRIDGE" >>"$sf"
        local d f
        for d in "$CG_CPU" "$CG_ACCT" "$CG2"; do
            [[ -n $d && -d $d/$CG_NAME ]] || continue
            for f in "$d/$CG_NAME"/board*; do [[ -d $f ]] && echo "cgroup $f"; done >>"$sf"
        done
        for f in /etc/netns/"$NS_PREFIX"*/{hosts,resolv.conf}; do [[ -f $f ]] && echo "etcfile $f"; done >>"$sf"
        for f in "$TARGETS_DIR"/lab-board*.yaml; do [[ -f $f ]] && echo "target $f"; done >>"$sf"
        # (leftovers lists parent cgroups before the board cgroups; teardown removes in reverse order)
    elif ((!had_state)); then
        rm -f -- "$sf"
        left=$(leftovers)
        if [[ -n $left ]]; then
            echo "no lab state in $LAB, but these lab resources exist:"
            echo "$left"
            echo "run 'scripts/lab.sh down --force' to remove them (or 'down --dir' with the folder used for 'up')"
            return 1
        fi
        echo "lab is not up (nothing to do)"
        ((purge)) && purge_lab
        return 0
    fi
    teardown "$sf"
    rm -f -- "$sf" "$STATE"
    rm -f -- "$LAB"/board*/{sshd,agent,metersim}.pid "$LAB"/board*/token 2>/dev/null || true
    ((purge)) && purge_lab
    left=$(leftovers)
    if [[ -n $left ]]; then
        echo "down: these lab resources are still present:"
        echo "$left"
        return 1
    fi
    echo "lab is down (no hlb-* namespaces, links or cgroups left)"
}

purge_lab() { # delete only files this script creates, then the folders if empty
    local b
    rm -f -- "$LAB"/{id_ed25519,id_ed25519.pub,authorized_keys,known_hosts,known_hosts.tmp,ssh_config,hosts,state}
    for b in "$LAB"/board*; do
        [[ -d $b ]] || continue
        rm -f -- "$b"/{ssh_host_ed25519_key,ssh_host_ed25519_key.pub,sshd_config,sshd.pid,sshd.log,sshd.out,agent.pid,agent.log,token}
        rm -f -- "$b"/{marker.wire,metersim.pid,metersim.log,ppk2}   # (up --meters)
        [[ -d $b/artifacts ]] && rm -rf -- "$b/artifacts"   # the agent's store, which up pointed it to
        rmdir -- "$b" 2>/dev/null || note "left $b (contains other files)"
    done
    rmdir -- "$LAB" 2>/dev/null || note "left $LAB (contains other files)"
}

board_cmd_prologue() { # K [--dir DIR] ... → BK and remaining args in ARGS
    need_root
    [[ ${1:-} =~ ^[0-9]+$ ]] || die "expected a board number, got '${1:-}'"
    BK=$1
    shift
    local dir=""
    ARGS=()
    while (($#)); do
        case $1 in
            --dir) dir=${2:?}; shift 2 ;;
            --dir=*) dir=${1#*=}; shift ;;
            *) ARGS+=("$1"); shift ;;
        esac
    done
    resolve_lab "$dir"
    load_state || die "lab is not up (no state in $LAB)"
    ((BK >= 1 && BK <= BOARDS)) || die "no board $BK (the lab has boards 1..$BOARDS)"
}

cmd_cut() {
    board_cmd_prologue "$@"
    ip link set dev "${B_VETH[BK]}" down
    echo "board $BK cut (link ${B_VETH[BK]} down)"
}

cmd_heal() {
    board_cmd_prologue "$@"
    ip link set dev "${B_VETH[BK]}" up
    echo "board $BK healed (link ${B_VETH[BK]} up)"
}

cmd_kill_agent() {
    board_cmd_prologue "$@"
    local sig=KILL pids
    if ((${#ARGS[@]})); then
        [[ ${ARGS[0]} == --signal && -n ${ARGS[1]:-} ]] || die "usage: kill-agent K [--signal SIG]"
        sig=${ARGS[1]#SIG}
    fi
    lock_lab
    pids=$(stop_recorded "$BK" agent "$sig")
    if [[ -n $pids ]]; then echo "board $BK: agent killed with SIG$sig (pid ${pids% })"; else echo "board $BK: no agent running"; fi
}

cmd_start_agent() {
    board_cmd_prologue "$@"
    lock_lab
    agent_usable || die "cannot start an agent (set HILBENCH_AGENT to a binary that has 'serve')"
    local st
    st=$(grep -E "^proc $BK agent " "$STATE" | while read -r _ _ _ pid start; do alive "$pid" "$start" && echo "$pid"; done || true)
    [[ -z $st ]] || die "board $BK already has a running agent (pid $st)"
    grep -q "^agent $BK " "$STATE" && sed -i "/^agent $BK /d" "$STATE"
    start_agent "$BK"
    echo "board $BK: agent started (pid $LAUNCHED_PID, http://${B_ADDR[BK]}:$AGENT_PORT)"
}

# ---------------------------------------------------------------------------------------------------
# Power: a relay that stops and restarts a board's namespace services (what a real board's relay does to
# everything running on it), and a hang (every process in the board stopped, the kernel still accepting
# TCP connections that nobody answers: what a wedged board looks like from the controller).

board_pids() { # K → pids of every process in board K's network namespace (sshd, sessions, agent, runners)
    ip netns pids "$(ns_of "$1")" 2>/dev/null || true
}

cmd_hang() {
    board_cmd_prologue "$@"
    lock_lab
    local pids
    pids=$(board_pids "$BK" | tr '\n' ' ')
    [[ -n ${pids// /} ]] || die "board $BK has no processes to stop (powered off?)"
    # shellcheck disable=SC2086
    kill -STOP $pids 2>/dev/null || true
    echo "board $BK hung (SIGSTOP to pid ${pids% })"
}

cmd_power_off() {
    board_cmd_prologue "$@"
    lock_lab
    local pids i
    for ((i = 0; i < 20; i++)); do
        pids=$(board_pids "$BK" | tr '\n' ' ')
        [[ -n ${pids// /} ]] || break
        # SIGKILL ends stopped processes too, like pulling the plug.
        # shellcheck disable=SC2086
        kill -KILL $pids 2>/dev/null || true
        sleep 0.1
    done
    [[ -z $(board_pids "$BK") ]] || die "board $BK still has processes after SIGKILL: $(board_pids "$BK" | tr '\n' ' ')"
    echo off >"$LAB/board$BK/power"
    echo "board $BK powered off"
}

cmd_power_on() {
    board_cmd_prologue "$@"
    lock_lab
    [[ -z $(board_pids "$BK") ]] || die "board $BK is running (power-off $BK first)"
    start_sshd "$BK"
    local bin
    bin=$(awk -v k="$BK" '$1 == "agent-bin" && $2 == k {p = $3} END {print p}' "$STATE")
    if [[ -n $bin ]]; then
        HILBENCH_AGENT=$bin
        agent_usable || die "cannot restart the agent of board $BK ($bin)"
        sed -i "/^agent $BK /d" "$STATE"
        start_agent "$BK"
    fi
    echo on >"$LAB/board$BK/power"
    echo "board $BK powered on (sshd${bin:+ and agent} started)"
}

cmd_rekey() {
    board_cmd_prologue "$@"
    local trust=0
    [[ ${ARGS[0]:-} == --trust ]] && trust=1
    lock_lab
    local b=$LAB/board$BK
    rm -f -- "$b/ssh_host_ed25519_key" "$b/ssh_host_ed25519_key.pub"
    (umask 077 && ssh-keygen -q -t ed25519 -N '' -C "lab-board$BK" -f "$b/ssh_host_ed25519_key")
    stop_recorded "$BK" sshd TERM >/dev/null
    start_sshd "$BK"
    if ((trust)); then
        write_known_hosts
        echo "board $BK: new host key, sshd restarted, known_hosts updated"
    else
        echo "board $BK: new host key, sshd restarted; known_hosts NOT updated (ssh must refuse; 'rekey $BK --trust' or re-up to accept)"
    fi
}

cmd_ssh() {
    board_cmd_prologue "$@"
    ssh_base
    local tty=()
    ((${#ARGS[@]} == 0)) && [[ -t 0 ]] && tty=(-t)
    exec ssh "${SSH_OPTS[@]}" "${tty[@]}" "root@${B_ADDR[BK]}" "${ARGS[@]}"
}

main() {
    local cmd=${1:-}
    (($#)) && shift
    case $cmd in
        up) cmd_up "$@" ;;
        status) cmd_status "$@" ;;
        down) cmd_down "$@" ;;
        cut) cmd_cut "$@" ;;
        heal) cmd_heal "$@" ;;
        kill-agent) cmd_kill_agent "$@" ;;
        start-agent) cmd_start_agent "$@" ;;
        rekey) cmd_rekey "$@" ;;
        hang) cmd_hang "$@" ;;
        power-off) cmd_power_off "$@" ;;
        power-on) cmd_power_on "$@" ;;
        ssh) cmd_ssh "$@" ;;
        -h | --help | help) usage ;;
        "") usage >&2; exit 2 ;;
        *) usage >&2; die "unknown command '$cmd'" ;;
    esac
}

main "$@"
