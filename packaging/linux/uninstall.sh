#!/bin/sh
# Remove LocalEx Desktop installed by install.sh. The data, settings, logs and backups stay:
#   ~/.local/share/localex   the built-in database (or the folder given with --data-dir)
#   ~/.config/localex        the connection profile and window layout
#   ~/.local/state/localex   log files
# and backups wherever they were written. Delete those by hand only if you are sure.
#
#   uninstall.sh [--prefix DIR]     the same --prefix as given to install.sh (default ~/.local)
set -eu

prefix="${HOME:?HOME is not set}/.local"
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "uninstall.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

app=localex-desktop
dest="$prefix/opt/$app"

# the built-in servers left up for the next command (docs/admin/install.md) stop now:
# each one's watcher (`localex server watch DIR`) is given the deadline "now"
stop_lingering() {
    asked=""
    for cmd in /proc/[0-9]*/cmdline; do
        args=$( (tr '\0' '\n' < "$cmd") 2>/dev/null) || continue
        [ "$(printf '%s\n' "$args" | sed -n 1p)" = "$1/localex" ] || continue
        [ "$(printf '%s\n' "$args" | sed -n 2,3p | tr '\n' ' ')" = "server watch " ] || continue
        folder=$(printf '%s\n' "$args" | sed -n 4p)
        pid=${cmd#/proc/}
        pid=${pid%/cmdline}
        if [ -f "$folder/server-linger.json" ]; then
            # its deadline now: the watcher stops the server if nobody uses it
            printf '{"until": 0, "watcher": %s}\n' "$pid" > "$folder/server-linger.json" &&
                asked=yes
        fi
    done
    n=0
    while [ -n "$asked" ] && [ $n -lt 30 ] &&
        ls -l /proc/[0-9]*/exe 2>/dev/null | grep -qF -- "-> $1/"; do
        sleep 1
        n=$((n + 1))
    done
}

stop_lingering "$dest"
# shellcheck disable=SC2010  # ls -l on /proc/*/exe: one process, not one per pid
if ls -l /proc/[0-9]*/exe 2>/dev/null | grep -qF -- "-> $dest/"; then
    echo "uninstall.sh: LocalEx Desktop is running from $dest; close it first." >&2
    exit 1
fi

# only remove links that point into this installation
for link in "$prefix/bin/$app" "$prefix/bin/localex"; do
    if [ -L "$link" ]; then
        case "$(readlink "$link")" in "$dest"/*) rm -f "$link" ;; esac
    fi
done
rm -f "$prefix/share/applications/$app.desktop"
for icon in "$prefix"/share/icons/hicolor/*/apps/"$app".png \
            "$prefix"/share/icons/hicolor/scalable/apps/"$app".svg; do
    [ -e "$icon" ] && rm -f "$icon"
done
rm -rf "$dest"

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
fi

echo "LocalEx Desktop removed from $dest."
echo "Kept: your data (${XDG_DATA_HOME:-$HOME/.local/share}/localex unless you chose another folder),"
echo "settings (~/.config/localex), logs (~/.local/state/localex) and every backup file."
