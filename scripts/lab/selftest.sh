#!/usr/bin/env bash
# scripts/lab/selftest.sh — end-to-end check of scripts/lab.sh (root; takes ~1 minute).
#
# Brings a 3-board lab up with --cpu-quota 50,100,200, checks ssh (strict host keys, key-only), times
# fresh and multiplexed ssh, measures the CPU quota effect, exercises the agent plumbing (with
# scripts/lab/fake-agent.py unless HILBENCH_AGENT points at a real 'serve'-capable agent), a changed
# host key, cut/heal, partial-failure and interrupted 'up', and finally 'down' leaving nothing behind.
# Refuses to run when a lab is already up (it would not touch it). Exit status: number of failed checks.
# SELFTEST_UP_ARGS: extra 'up' options (e.g. "--cpu-shares 8192" on a busy host); SELFTEST_ITER: loop size.
# SC2317: functions run via check/trap; SC2015: "A && pass || fail" is safe, pass only echoes.
# shellcheck disable=SC2317,SC2015
set -Euo pipefail

HERE=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")
LABSH=$HERE/../lab.sh
REPO=$(dirname -- "$(dirname -- "$HERE")")
LAB=${HILBENCH_LAB_DIR:-$REPO/lab}
TARGETS=${HILBENCH_TARGETS_DIR:-$REPO/Targets}
SUBNET=${HILBENCH_LAB_SUBNET:-10.77.0}
WORK=$(mktemp -d /tmp/hlb-selftest.XXXXXX)
FAILS=0

[[ $EUID -eq 0 ]] || { echo "selftest: must run as root" >&2; exit 2; }
"$LABSH" status >/dev/null 2>&1
if [[ $? -ne 3 ]]; then
    echo "selftest: a lab is up (or lab resources exist); run 'scripts/lab.sh down' first" >&2
    exit 2
fi

pass() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; FAILS=$((FAILS + 1)); }
check() { # DESCRIPTION CMD...
    local d=$1
    shift
    local out
    if out=$("$@" 2>&1); then pass "$d"; else fail "$d"; [[ -z $out ]] || while IFS= read -r l; do echo "        $l"; done <<<"$out"; fi
}
section() { echo; echo "== $*"; }
now_ns() { date +%s%N; }
ms_since() { echo $((($(now_ns) - $1) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
addr() { echo "$SUBNET.$((10 + $1))"; }

SSH=(ssh -F /dev/null -o BatchMode=yes -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$LAB/known_hosts"
    -o GlobalKnownHostsFile=/dev/null -o IdentitiesOnly=yes -i "$LAB/id_ed25519")   # (ssh: the first -o X= wins)

ssh_ok() { local k; for k in "$@"; do "${SSH[@]}" -o ConnectTimeout=5 "root@$(addr "$k")" true || return 1; done; }

nothing_left() { # prints what is left; status 0 when nothing
    local left
    left=$(
        ip netns list | grep hlb-
        ip -o link show | grep -o 'hlb-[a-z0-9]*'
        ls -d /sys/fs/cgroup/*/hilbench-lab /sys/fs/cgroup/hilbench-lab 2>/dev/null
        grep -L 'selftest foreign file' "$TARGETS"/lab-board*.yaml 2>/dev/null
        ls -d /etc/netns/hlb-* 2>/dev/null
        pgrep -af "$LAB/board[0-9]*/sshd_config"
        true
    )
    [[ -z $left ]] && return 0
    echo "$left"
    return 1
}

cleanup() {
    local cp
    for cp in "$WORK"/cm-*; do [[ -S $cp ]] && ssh -o ControlPath="$cp" -O exit x >/dev/null 2>&1; done
    "$LABSH" down >/dev/null 2>&1
    [[ -n ${FOREIGN:-} && -f $FOREIGN ]] && grep -q 'selftest foreign file' "$FOREIGN" && rm -f -- "$FOREIGN"
    rm -rf -- "$WORK"
}
trap cleanup EXIT

# --------------------------------------------------------------------------------------------------
section "partial failure: 'up' must undo everything when a step fails"
FOREIGN=$TARGETS/lab-board3.yaml
if [[ -e $FOREIGN ]]; then
    echo "  skip  ($FOREIGN exists)"
    FOREIGN=""
else
    mkdir -p "$TARGETS"
    printf 'name: not-the-lab  # selftest foreign file\n' >"$FOREIGN"
    out=$("$LABSH" up 3 --cpu-quota 50,100,200 2>&1)
    rc=$?
    check "up fails on a target file it did not write (rc=$rc)" test "$rc" -ne 0
    grep -q "refusing to overwrite" <<<"$out" && pass "says why: $(grep -o 'refusing to overwrite[^)]*)' <<<"$out")" || fail "no reason given: $out"
    check "nothing left after the failed up" nothing_left
    check "the foreign file is untouched" grep -q 'selftest foreign file' "$FOREIGN"
    rm -f -- "$FOREIGN"
    FOREIGN=""
fi

section "interrupted 'up' (SIGTERM once board 1's sshd runs) must undo everything"
rm -f -- "$LAB/board1/sshd.pid"
"$LABSH" up 3 >"$WORK/int.log" 2>&1 &
upid=$!
for _ in $(seq 100); do [[ -s $LAB/board1/sshd.pid ]] && break; sleep 0.05; done
kill -TERM "$upid"   # (not INT: a background job of a script ignores SIGINT)
wait "$upid"
rc=$?
check "interrupted up exits non-zero (rc=$rc)" test "$rc" -ne 0
check "nothing left after the interrupted up" nothing_left

# --------------------------------------------------------------------------------------------------
read -ra EXTRA <<<"${SELFTEST_UP_ARGS:-}"   # e.g. SELFTEST_UP_ARGS="--cpu-shares 8192" on a busy host
section "up 3 --cpu-quota 50,100,200 ${EXTRA[*]}"
if [[ -z ${HILBENCH_AGENT:-} ]]; then
    export HILBENCH_AGENT=$HERE/fake-agent.py
    echo "  (HILBENCH_AGENT not set: using the stand-in $HILBENCH_AGENT)"
fi
t0=$(now_ns)
if "$LABSH" up 3 --cpu-quota 50,100,200 "${EXTRA[@]}"; then pass "up 3 took $(ms_since "$t0") ms"; else fail "up 3"; exit 1; fi
out=$("$LABSH" up 3 2>&1)
rc=$?
[[ $rc -ne 0 ]] && grep -q "already up" <<<"$out" && pass "second up refused: $out" || fail "second up: rc=$rc $out"
for k in 1 2 3; do
    check "Targets/lab-board$k.yaml written, host $(addr "$k")" grep -qx "  host: $(addr "$k")" "$TARGETS/lab-board$k.yaml"
done

section "ssh into each board: strict host keys, key only, cgroup inherited"
for k in 1 2 3; do
    out=$("${SSH[@]}" "root@$(addr "$k")" 'hostname; grep -E ":cpu(acct)?:" /proc/self/cgroup' 2>&1)
    if grep -qx "lab-board$k" <<<"$out" && grep -q ":cpu:/hilbench-lab/board$k\$" <<<"$out"; then
        pass "board$k: $(tr '\n' ' ' <<<"$out")"
    else
        fail "board$k: $out"
    fi
done
ssh-keygen -q -t ed25519 -N '' -f "$WORK/otherkey"
out=$(ssh -F /dev/null -o BatchMode=yes -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$LAB/known_hosts" \
    -o IdentitiesOnly=yes -i "$WORK/otherkey" "root@$(addr 1)" true 2>&1)
grep -q 'Permission denied (publickey)' <<<"$out" && pass "an unknown key is refused, only publickey offered: $out" || fail "unknown key: $out"
out=$(ssh -F /dev/null -o BatchMode=no -o PubkeyAuthentication=no -o PreferredAuthentications=password,keyboard-interactive \
    -o StrictHostKeyChecking=yes -o "UserKnownHostsFile=$LAB/known_hosts" -o NumberOfPasswordPrompts=0 "root@$(addr 1)" true 2>&1 </dev/null)
grep -q 'Permission denied (publickey)' <<<"$out" && pass "password/keyboard-interactive not offered: $out" || fail "password auth: $out"

section "ssh latency (10 calls per board; median ms)"
printf '  %-7s %-7s %-14s %-12s\n' board fresh "opening master" multiplexed
for k in 1 2 3; do
    fresh=$(for _ in $(seq 10); do t0=$(now_ns); "${SSH[@]}" "root@$(addr "$k")" true; ms_since "$t0"; done | median)
    MUX=(-o ControlMaster=auto -o "ControlPath=$WORK/cm-$k" -o ControlPersist=60)
    t0=$(now_ns)
    "${SSH[@]}" "${MUX[@]}" "root@$(addr "$k")" true
    first=$(ms_since "$t0")
    mux=$(for _ in $(seq 10); do t0=$(now_ns); "${SSH[@]}" "${MUX[@]}" "root@$(addr "$k")" true; ms_since "$t0"; done | median)
    ssh -o ControlPath="$WORK/cm-$k" -O exit x >/dev/null 2>&1
    printf '  %-7s %-7s %-14s %-12s\n' "board$k" "$fresh" "$first" "$mux"
done
t0=$(now_ns)
bash -ic true >/dev/null 2>&1
echo "  (each ssh command runs root's login shell; here 'bash -i -c true' alone costs $(ms_since "$t0") ms)"

section "CPU quota: the same computation through ssh in each board"
cat >"$WORK/burn.py" <<'EOF'
import sys, time
t0 = time.perf_counter(); c0 = time.process_time()
x = 0
for i in range(int(sys.argv[1])):
    x += i * i
print("%.3f %.3f" % (time.perf_counter() - t0, time.process_time() - c0))
EOF
read -r load1 _ </proc/loadavg
echo "  host: $(nproc) cores, load average $load1 before the test"
cgacct() { cat "/sys/fs/cgroup/cpuacct/hilbench-lab/board$1/cpuacct.usage" 2>/dev/null || echo 0; }
throttled() { awk '$1=="throttled_time"{print int($2/1000000)}' "/sys/fs/cgroup/cpu/hilbench-lab/board$1/cpu.stat" 2>/dev/null || echo 0; }
ITER=${SELFTEST_ITER:-15000000}
declare -A one two share
printf '  %-7s %-6s %-22s %-30s %-8s %-14s\n' board quota "1 process: wall / cpu" "2 processes: wall / cgroup cpu" share "throttled ms"
for k in 1 2 3; do
    q=$(awk 'NR==1{print $0/1000 "%"}' "/sys/fs/cgroup/cpu/hilbench-lab/board$k/cpu.cfs_quota_us" 2>/dev/null)
    th0=$(throttled "$k")
    read -r w c < <("${SSH[@]}" "root@$(addr "$k")" /usr/bin/python3 "$WORK/burn.py" "$ITER")
    one[$k]=$w
    u0=$(cgacct "$k")
    t0=$(now_ns)
    "${SSH[@]}" "root@$(addr "$k")" "/usr/bin/python3 $WORK/burn.py $ITER & /usr/bin/python3 $WORK/burn.py $ITER; wait" >/dev/null
    w2=$(ms_since "$t0")
    u1=$(cgacct "$k")
    two[$k]=$w2
    share[$k]=$(((u1 - u0) / 10000 / w2))
    printf '  %-7s %-6s %-22s %-30s %-8s %-14s\n' "board$k" "$q" "${w}s / ${c}s" "$((w2))ms / $(((u1 - u0) / 1000000))ms" "${share[$k]}%" "$(($(throttled "$k") - th0))"
done
read -r load2 _ </proc/loadavg
r12=$(awk -v a="${one[1]}" -v b="${one[2]}" 'BEGIN{printf "%.2f", a/b}')
r23=$(awk -v a="${two[2]}" -v b="${two[3]}" 'BEGIN{printf "%.2f", a/b}')
echo "  1 process: board1 (50%) / board2 (100%) wall = $r12 (expect ~2)"
echo "  2 processes: board2 (100%) / board3 (200%) wall = $r23 (expect ~2 on an idle 2-core host)"
echo "  host load average after: $load2"
check "board1 (50%) was throttled" test "$(throttled 1)" -gt 0
# hard check, independent of host load: 2 busy processes never get more CPU than the quota allows
for k in 1 2; do
    lim=$((k == 1 ? 50 : 100))
    check "board$k: 2 busy processes used ${share[$k]}% of one core (quota $lim%, +10% slack)" test "${share[$k]}" -le $((lim + 10))
done
if awk -v r="$r12" 'BEGIN{exit !(r >= 1.6)}'; then
    pass "board1 is ${r12}x slower than board2"
elif awk -v l="$load2" -v n="$(nproc)" 'BEGIN{exit !(l > n)}'; then
    echo "  warn  board1/board2 = $r12 < 1.6, but the host is busy (load $load2 on $(nproc) cores): not counted"
else
    fail "board1/board2 = $r12 (expected ~2)"
fi

# --------------------------------------------------------------------------------------------------
section "agent ($HILBENCH_AGENT)"
"$LABSH" status >"$WORK/status" 2>&1
st=$?
sed 's/^/  | /' "$WORK/status"
if grep -q "http://$(addr 1):" "$WORK/status"; then
    check "status exit 0 with all boards healthy" test "$st" -eq 0
    apid=$(awk '$1=="proc" && $2==1 && $3=="agent" {p=$4} END{print p}' "$LAB/state")
    check "board1's agent (pid $apid) is in board1's cgroup" grep -q ':cpu:/hilbench-lab/board1$' "/proc/$apid/cgroup"
    code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://$(addr 1):8765/v1/info")
    check "agent refuses a request without the token (HTTP $code)" test "$code" = 401
    "$LABSH" kill-agent 1
    "$LABSH" status >"$WORK/status" 2>&1
    st=$?
    check "after kill-agent 1: status exit 1 and board1 agent DOWN" bash -c "test $st -eq 1 && grep -E '^board1 .*DOWN' '$WORK/status'"
    "$LABSH" start-agent 1
    "$LABSH" status >"$WORK/status" 2>&1
    check "after start-agent 1: status exit 0" test $? -eq 0
else
    echo "  skip  (no agent server was started; see the notice from up)"
fi

section "a changed host key must be refused"
"$LABSH" rekey 2
out=$("${SSH[@]}" "root@$(addr 2)" true 2>&1)
rc=$?
if [[ $rc -ne 0 ]] && grep -q 'REMOTE HOST IDENTIFICATION HAS CHANGED' <<<"$out" && grep -q 'Host key verification failed' <<<"$out"; then
    pass "refused: $(grep -E 'HAS CHANGED|verification failed' <<<"$out" | tr -d '@' | tr -s ' ' | tr '\n' ';')"
else
    fail "changed host key accepted or other error (rc=$rc): $out"
fi
"$LABSH" rekey 2 --trust
check "after 'rekey 2 --trust' ssh works again" ssh_ok 2

section "cut / heal"
"$LABSH" cut 3
t0=$(now_ns)
out=$("${SSH[@]}" -o ConnectTimeout=2 "root@$(addr 3)" true 2>&1)
rc=$?
el=$(ms_since "$t0")
[[ $rc -ne 0 ]] && grep -qi 'timed out' <<<"$out" && pass "ssh to the cut board fails after ${el} ms: $out" || fail "cut: rc=$rc ${el}ms $out"
"$LABSH" status >"$WORK/status" 2>&1
check "status shows board3 CUT and exits 1" bash -c "grep -E '^board3 .* CUT ' '$WORK/status'"
check "board1 and board2 unaffected" ssh_ok 1 2
"$LABSH" heal 3
t0=$(now_ns)
check "ssh works after heal" "${SSH[@]}" -o ConnectTimeout=5 "root@$(addr 3)" true
echo "  (first ssh after heal: $(ms_since "$t0") ms)"

# --------------------------------------------------------------------------------------------------
section "down"
"$LABSH" down
check "nothing left (netns, links, cgroups, targets, sshd)" nothing_left
out=$("$LABSH" down 2>&1)
check "second down is a no-op ($out)" test $? -eq 0

echo
if ((FAILS)); then echo "selftest: $FAILS check(s) FAILED (details: see above)"; else echo "selftest: all checks passed"; fi
exit "$FAILS"
