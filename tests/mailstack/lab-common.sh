# shellcheck shell=bash
# Shared by start, stop, fill and selftest: where a lab lives, which ports it
# uses, and how its processes are found and ended. Sourced, never run.
#
# Everything is derived from the environment so that the same variables name
# the same lab for every script (and for CTest, which sets them):
#   LETTERBOX_LAB_PORT_BASE   default 10000; each port = base + standard port
#   LETTERBOX_LAB_<NAME>_PORT overrides one port (IMAP IMAPS POP3 POP3S
#                             SUBMISSION SUBMISSIONS SMTP LMTP)
#   LETTERBOX_LAB_DIR         run directory, default /tmp/letterbox-lab-<base>

# The LAB_* variables set here are read by the scripts that source this file.
# shellcheck disable=SC2034
LAB_DOMAIN=letterbox.test
LAB_HOST=localhost
LAB_USERS="alice bob carol dave erin frank grace heidi"
# Mail files belong to an unprivileged account so that Dovecot's mail
# processes never run as root; these exist on every Debian system.
LAB_MAIL_USER=nobody
LAB_MAIL_GROUP=nogroup
# The run directory holds unix sockets; sun_path is 108 bytes including the NUL.
LAB_SOCKET_MAX=107
# Longest socket path below the run directory that Dovecot or Postfix create
# (measured with `find RUN -type s`: dovecot/run/login/imap-urlauth,
# dovecot/run/token-login/tokenlogin, ...), plus a margin for ones seen rarely.
LAB_SOCKET_SUFFIX_MAX=48

lab_say() { printf 'mailstack: %s\n' "$*"; }
lab_warn() { printf 'mailstack: %s\n' "$*" >&2; }
lab_die() {
    printf 'mailstack: error: %s\n' "$*" >&2
    exit 1
}

lab_password() {
    case "$1" in
        alice) printf '%s' 'Wonderland-42' ;;
        bob) printf '%s' 'Builder-42' ;;
        carol) printf '%s' 'Singer-42' ;;
        dave) printf '%s' 'Digger-42' ;;
        erin) printf '%s' 'Explorer-42' ;;
        frank) printf '%s' 'Fisher-42' ;;
        grace) printf '%s' 'Gardener-42' ;;
        heidi) printf '%s' 'Hiker-42' ;;
        *) return 1 ;;
    esac
}

lab_is_user() {
    case " $LAB_USERS " in
        *" $1 "*) return 0 ;;
        *) return 1 ;;
    esac
}

# lab_port VAR DEFAULT_OFFSET: the override from the environment, else base+offset.
lab_port() {
    local name="$1" offset="$2" value
    value="${!name:-$((LAB_BASE + offset))}"
    if ! [[ "$value" =~ ^[0-9]+$ ]] || ((value < 1 || value > 65535)); then
        lab_die "$name=$value is not a port number (base $LAB_BASE + $offset)"
    fi
    printf '%s' "$value"
}

# Resolves ports and paths; every script calls this first.
lab_init() {
    LAB_BASE="${LETTERBOX_LAB_PORT_BASE:-10000}"
    if ! [[ "$LAB_BASE" =~ ^[0-9]+$ ]] || ((LAB_BASE + 995 > 65535)); then
        lab_die "LETTERBOX_LAB_PORT_BASE=$LAB_BASE must be a number with base+995 <= 65535"
    fi

    LAB_IMAP_PORT=$(lab_port LETTERBOX_LAB_IMAP_PORT 143)
    LAB_IMAPS_PORT=$(lab_port LETTERBOX_LAB_IMAPS_PORT 993)
    LAB_POP3_PORT=$(lab_port LETTERBOX_LAB_POP3_PORT 110)
    LAB_POP3S_PORT=$(lab_port LETTERBOX_LAB_POP3S_PORT 995)
    LAB_SUBMISSION_PORT=$(lab_port LETTERBOX_LAB_SUBMISSION_PORT 587)
    LAB_SUBMISSIONS_PORT=$(lab_port LETTERBOX_LAB_SUBMISSIONS_PORT 465)
    LAB_SMTP_PORT=$(lab_port LETTERBOX_LAB_SMTP_PORT 25)
    LAB_LMTP_PORT=$(lab_port LETTERBOX_LAB_LMTP_PORT 24)
    LAB_PORT_NAMES="IMAP IMAPS POP3 POP3S SUBMISSION SUBMISSIONS SMTP LMTP"
    local name seen=" " port
    for name in $LAB_PORT_NAMES; do
        port=$(lab_port_of "$name")
        [[ "$seen" != *" $port "* ]] || lab_die "port $port is used twice (check the LETTERBOX_LAB_*_PORT overrides)"
        seen+="$port "
    done

    LAB_DIR="${LETTERBOX_LAB_DIR:-/tmp/letterbox-lab-$LAB_BASE}"
    # Dovecot and Postfix need absolute paths in their configurations.
    [[ "$LAB_DIR" == /* ]] || LAB_DIR="$PWD/$LAB_DIR"
    LAB_DIR="${LAB_DIR%/}"
    [[ -n "$LAB_DIR" ]] || lab_die "LETTERBOX_LAB_DIR must not be /"
    # Config values are written unquoted into dovecot.conf and main.cf.
    [[ "$LAB_DIR" =~ ^[A-Za-z0-9._/+-]+$ ]] ||
        lab_die "LETTERBOX_LAB_DIR=$LAB_DIR: use only letters, digits and . _ - + / in the path"

    LAB_MARKER="$LAB_DIR/.letterbox-lab"
    LAB_ENV_FILE="$LAB_DIR/lab.env"
    LAB_CA_DIR="$LAB_DIR/ca"
    LAB_CA="$LAB_CA_DIR/ca.crt"
    LAB_CERT="$LAB_CA_DIR/server.crt"
    LAB_KEY="$LAB_CA_DIR/server.key"
    LAB_MAIL_DIR="$LAB_DIR/mail"
    LAB_DOVECOT_DIR="$LAB_DIR/dovecot"
    LAB_DOVECOT_CONF="$LAB_DOVECOT_DIR/dovecot.conf"
    LAB_DOVECOT_USERS="$LAB_DOVECOT_DIR/users"
    LAB_DOVECOT_BASE="$LAB_DOVECOT_DIR/run"
    LAB_DOVECOT_PID="$LAB_DOVECOT_BASE/master.pid"
    LAB_DOVECOT_LOG="$LAB_DOVECOT_DIR/dovecot.log"
    LAB_POSTFIX_DIR="$LAB_DIR/postfix"
    LAB_POSTFIX_ETC="$LAB_POSTFIX_DIR/etc"
    LAB_POSTFIX_QUEUE="$LAB_POSTFIX_DIR/spool"
    LAB_POSTFIX_PID="$LAB_POSTFIX_QUEUE/pid/master.pid"
    LAB_POSTFIX_LOG="$LAB_POSTFIX_DIR/maillog"
    LAB_SASL_SOCKET="$LAB_POSTFIX_QUEUE/private/auth"
    LAB_KEEPER_PID="$LAB_DIR/keeper.pid"
    LAB_KEEPER_STATUS="$LAB_DIR/keeper.status"
    LAB_START_OUT="$LAB_DIR/start.out"
}

lab_port_of() {
    local var="LAB_$1_PORT"
    printf '%s' "${!var}"
}

# Refuses a run directory whose sockets would not fit into sun_path, before
# anything is created: the daemons' own errors about this are obscure.
lab_check_socket_paths() {
    local longest=$((${#LAB_DIR} + 1 + LAB_SOCKET_SUFFIX_MAX))
    ((longest <= LAB_SOCKET_MAX)) ||
        lab_die "run directory $LAB_DIR is too long (${#LAB_DIR} bytes): its unix sockets would need up to $longest bytes, the limit is $LAB_SOCKET_MAX; set a shorter LETTERBOX_LAB_DIR"
}

# --- processes -------------------------------------------------------------

# Reads /proc/PID/stat into LAB_COMM and the array LAB_STAT: the fields after "(comm)",
# so field 3 (state) is index 0, ppid index 1, starttime index 19. comm may
# contain spaces and parentheses, hence the cut at the last ") ". No
# subshell, no fork: this runs for every process on every poll.
lab_read_stat() {
    local stat
    LAB_STAT=()
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 1
    read -r -a LAB_STAT <<<"${stat##*) }"
    LAB_COMM="${stat#*(}"
    LAB_COMM="${LAB_COMM%) *}"
    ((${#LAB_STAT[@]} > 19))
}

# Start time in clock ticks since boot: with the pid it names a process
# uniquely, so a reused pid is never mistaken for ours.
lab_starttime() {
    lab_read_stat "$1" || return 1
    printf '%s' "${LAB_STAT[19]}"
}

# True if PID runs with start time START and is not a zombie. Zombies whose
# parent is gone may linger where PID 1 does not reap; they hold nothing.
lab_alive() {
    lab_read_stat "$1" || return 1
    [[ "${LAB_STAT[19]}" == "$2" && "${LAB_STAT[0]}" != Z ]]
}

# Prints "pid starttime" for every descendant of the given pids, taken from
# one snapshot of /proc (parents end children, so this must come first).
lab_descendants() {
    local -A children=() starts=()
    local stat pid child
    for stat in /proc/[0-9]*/stat; do
        pid="${stat#/proc/}"
        pid="${pid%/stat}"
        lab_read_stat "$pid" || continue
        children[${LAB_STAT[1]}]+=" $pid"
        starts[$pid]="${LAB_STAT[19]}"
    done
    local -a queue=("$@")
    while ((${#queue[@]})); do
        pid="${queue[0]}"
        queue=("${queue[@]:1}")
        for child in ${children[$pid]:-}; do
            printf '%s %s\n' "$child" "${starts[$child]}"
            queue+=("$child")
        done
    done
}

lab_environ_has() {
    tr '\0' '\n' 2>/dev/null <"/proc/$1/environ" | grep -qxF -- "$2"
}

lab_cmdline() {
    tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline"
}

# Is PID this lab's Dovecot master? It runs /usr/sbin/dovecot with -c our conf.
lab_is_dovecot_master() {
    [[ "$(readlink "/proc/$1/exe" 2>/dev/null)" == */dovecot ]] &&
        [[ "$(lab_cmdline "$1")" == *" -c $LAB_DOVECOT_CONF "* ]]
}

# Is PID this lab's Postfix master? postfix(1) exports MAIL_CONFIG=<etc>,
# which the master and all its children inherit.
lab_is_postfix_master() {
    [[ "$(readlink "/proc/$1/exe" 2>/dev/null)" == */postfix/sbin/master ]] &&
        lab_environ_has "$1" "MAIL_CONFIG=$LAB_POSTFIX_ETC"
}

# Is PID this lab's keeper (lab-keeper.py, the daemons' parent and reaper)?
lab_is_keeper() {
    [[ "$(lab_cmdline "$1")" == *"/lab-keeper.py $LAB_DIR -- "* ]]
}

# Prints "pid starttime kind" for each master of this lab that runs, kind
# being dovecot, postfix or keeper. The pid files come first; a scan of /proc
# also finds masters whose pid file is missing or stale (a start that failed
# halfway, a wiped run directory).
lab_masters() {
    local -A found=()
    local pid
    if [[ -r "$LAB_DOVECOT_PID" ]]; then
        read -r pid <"$LAB_DOVECOT_PID" || true
        if [[ "${pid:-}" =~ ^[0-9]+$ ]] && lab_is_dovecot_master "$pid"; then
            found[$pid]=dovecot
        fi
    fi
    if [[ -r "$LAB_POSTFIX_PID" ]]; then
        read -r pid <"$LAB_POSTFIX_PID" || true
        pid="${pid//[[:space:]]/}"
        if [[ "${pid:-}" =~ ^[0-9]+$ ]] && lab_is_postfix_master "$pid"; then
            found[$pid]=postfix
        fi
    fi
    if [[ -r "$LAB_KEEPER_PID" ]]; then
        read -r pid <"$LAB_KEEPER_PID" || true
        if [[ "${pid:-}" =~ ^[0-9]+$ ]] && lab_is_keeper "$pid"; then
            found[$pid]=keeper
        fi
    fi
    # Only processes named like a master are looked at closer (readlink and
    # environ cost a fork or a read each).
    local stat
    for stat in /proc/[0-9]*/stat; do
        pid="${stat#/proc/}"
        pid="${pid%/stat}"
        [[ -z "${found[$pid]:-}" ]] || continue
        lab_read_stat "$pid" || continue
        case "$LAB_COMM" in
            dovecot) if lab_is_dovecot_master "$pid"; then found[$pid]=dovecot; fi ;;
            master) if lab_is_postfix_master "$pid"; then found[$pid]=postfix; fi ;;
            python3*) if lab_is_keeper "$pid"; then found[$pid]=keeper; fi ;;
        esac
    done
    local start
    for pid in "${!found[@]}"; do
        start=$(lab_starttime "$pid") || continue
        printf '%s %s %s\n' "$pid" "$start" "${found[$pid]}"
    done
}

# True when both masters run.
lab_running() {
    local masters
    masters=$(lab_masters)
    grep -q ' dovecot$' <<<"$masters" && grep -q ' postfix$' <<<"$masters"
}

# Prints "pid starttime" for the masters and all their descendants.
lab_processes() {
    local masters pids
    masters=$(lab_masters)
    [[ -n "$masters" ]] || return 0
    pids=$(awk '{ print $1 }' <<<"$masters")
    # The keeper's descendants include the masters': print each once.
    {
        awk '{ print $1, $2 }' <<<"$masters"
        # shellcheck disable=SC2086 # one pid per word
        lab_descendants $pids
    } | sort -un
}

# Waits up to SECONDS for every "pid starttime" line in LIST to be gone;
# prints the survivors and fails if any remain.
lab_wait_gone() {
    local seconds="$1" list="$2" deadline left pid start
    deadline=$((SECONDS + seconds))
    while :; do
        left=""
        while read -r pid start; do
            [[ -n "$pid" ]] || continue
            if lab_alive "$pid" "$start"; then left+="$pid $start"$'\n'; fi
        done <<<"$list"
        [[ -n "$left" ]] || return 0
        ((SECONDS < deadline)) || break
        sleep 0.1
    done
    printf '%s' "$left"
    return 1
}

lab_signal_list() {
    local sig="$1" list="$2" pid start
    while read -r pid start; do
        [[ -n "$pid" ]] || continue
        # Only if pid and start time still match: never signal a reused pid.
        if lab_alive "$pid" "$start"; then
            kill "-$sig" "$pid" 2>/dev/null || true
        fi
    done <<<"$list"
}

# Ends every process of this lab: polite stop commands, then TERM to the
# masters, a bounded wait, then KILL for anything left, and a final check.
# The keeper is not signalled: it exits by itself once the daemons are gone
# (it reaps them meanwhile); if it does not, it gets the KILL too.
lab_stop() {
    local procs masters daemons left
    masters=$(lab_masters)
    if [[ -z "$masters" ]]; then
        lab_say "no lab processes for $LAB_DIR"
        return 0
    fi
    # Snapshot before anything is signalled: a dead master's children are
    # re-parented and could no longer be found through it.
    procs=$(lab_processes)
    lab_say "stopping $(wc -l <<<"$procs") processes of the lab in $LAB_DIR"

    # The daemons' own stop commands first: they let the masters end their
    # children in order. Bounded, since they wait on the daemons.
    if grep -q ' postfix$' <<<"$masters"; then
        timeout 10 postfix -c "$LAB_POSTFIX_ETC" stop >/dev/null 2>&1 || true
    fi
    if grep -q ' dovecot$' <<<"$masters"; then
        timeout 10 doveadm -c "$LAB_DOVECOT_CONF" stop >/dev/null 2>&1 || true
    fi
    # TERM goes to the masters and to any orphan the keeper adopted (the
    # children of a master that died): they have nobody to end them.
    local keepers pid start
    daemons=$(awk '$3 != "keeper" { print $1, $2 }' <<<"$masters")
    keepers=" $(awk '$3 == "keeper" { print $1 }' <<<"$masters" | tr '\n' ' ')"
    while read -r pid start; do
        if lab_read_stat "$pid" && [[ "$keepers" == *" ${LAB_STAT[1]} "* ]]; then
            daemons+=$'\n'"$pid $start"
        fi
    done <<<"$procs"
    lab_signal_list TERM "$(sort -u <<<"$daemons")"
    if left=$(lab_wait_gone 10 "$procs"); then
        lab_say "stopped"
        return 0
    fi
    lab_warn "still running after TERM, sending KILL: $(tr '\n' ' ' <<<"$left")"
    lab_signal_list KILL "$left"
    if left=$(lab_wait_gone 5 "$left"); then
        lab_say "stopped (some processes needed KILL)"
        return 0
    fi
    lab_warn "processes survived KILL: $(tr '\n' ' ' <<<"$left")"
    return 1
}

# --- ports -------------------------------------------------------------------

# True if something accepts a TCP connection on 127.0.0.1:PORT. bash's
# /dev/tcp needs no extra tool; timeout bounds a connect that hangs.
lab_port_open() {
    # shellcheck disable=SC2016 # $1 is expanded by the inner bash
    timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}
