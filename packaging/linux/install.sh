#!/bin/sh
# Install LocalEx Desktop from the unpacked archive, for the current user (no root needed).
#
#   ./install.sh                    into ~/.local: opt/localex-desktop, bin/, the menu entry
#   ./install.sh --prefix DIR       into DIR/opt/localex-desktop, DIR/bin, DIR/share
#
# It refuses a system whose C library is older than the build needs (GLIBC_FLOOR), and
# after installing it runs the program's own check (localex-desktop --check-system),
# which names any system library the window still lacks and the command to install it.
#
# Installing over an older copy upgrades it; the data (~/.local/share/localex), settings
# (~/.config/localex), logs and backups are never touched. Take a backup first
# (`localex backup`); the program offers to upgrade the database when it next starts.
set -eu

prefix="${HOME:?HOME is not set}/.local"
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix)
            [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder, e.g. --prefix /usr/local" >&2; exit 2; }
            prefix=$2; shift 2 ;;
        --prefix=*) prefix="${1#--prefix=}"; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
app=localex-desktop
dest="$prefix/opt/$app"

if [ ! -x "$here/$app/$app" ] || [ ! -x "$here/$app/localex" ]; then
    echo "install.sh: $here/$app is incomplete; unpack the whole archive again." >&2
    exit 1
fi

# the C library: the build says which it needs; an older one cannot even load Python
need=$(cat "$here/$app/GLIBC_FLOOR" 2>/dev/null || true)
have=$(getconf GNU_LIBC_VERSION 2>/dev/null | sed -n 's/^glibc //p')
if [ -n "$need" ] && [ -n "$have" ]; then
    older=$(printf '%s\n%s\n' "$have" "$need" | sort -t. -k1,1n -k2,2n | head -n 1)
    if [ "$older" != "$need" ]; then
        echo "install.sh: LocalEx Desktop needs the GNU C library $need or newer; this system" >&2
        echo "has $have. Install it on a newer system (Debian 12, Ubuntu 24.04 or later)," >&2
        echo "or run it from source (see docs/admin/install.md)." >&2
        exit 1
    fi
elif [ -z "$have" ]; then
    echo "install.sh: this system's C library is not glibc; the program may not start." >&2
fi

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

# a running copy (or its database server) keeps files of the old folder open
running_from() {
    # shellcheck disable=SC2010  # ls -l on /proc/*/exe: one process, not one per pid
    ls -l /proc/[0-9]*/exe 2>/dev/null | grep -qF -- "-> $1/"
}
[ -d "$dest" ] && stop_lingering "$dest"
if [ -d "$dest" ] && running_from "$dest"; then
    echo "install.sh: LocalEx Desktop is running from $dest; close it (and any localex" >&2
    echo "command) and try again." >&2
    exit 1
fi

mkdir -p "$prefix/opt" "$prefix/bin" "$prefix/share/applications"

# copy next to the old folder, then swap: an interrupted install leaves the old copy working
tmp="$dest.new.$$"
rm -rf "$tmp"
cp -R "$here/$app" "$tmp"
cp "$here/uninstall.sh" "$tmp/uninstall.sh"
chmod 755 "$tmp/uninstall.sh"
if [ -d "$dest" ]; then
    old=$(cat "$dest/VERSION" 2>/dev/null || echo "an older version")
    rm -rf "$dest.old"
    mv "$dest" "$dest.old"
    mv "$tmp" "$dest"
    rm -rf "$dest.old"
    new=$(cat "$dest/VERSION" 2>/dev/null || echo "")
    if [ "$old" = "$new" ]; then
        echo "Reinstalled LocalEx Desktop $new."
    else
        echo "Upgraded LocalEx Desktop from $old."
    fi
else
    mv "$tmp" "$dest"
fi

ln -sf "$dest/$app" "$prefix/bin/$app"
ln -sf "$dest/localex" "$prefix/bin/localex"

# the menu entry, pointing at this copy (quoted: the path may hold spaces)
sed -e "s|^Exec=.*|Exec=\"$dest/$app\"|" -e "s|^TryExec=.*|TryExec=$dest/$app|" \
    "$here/$app.desktop" > "$prefix/share/applications/$app.desktop"
chmod 644 "$prefix/share/applications/$app.desktop"

# icons: hicolor/<size>/apps/localex-desktop.png and scalable/apps/localex-desktop.svg
if [ -d "$here/icons/hicolor" ]; then
    mkdir -p "$prefix/share/icons"
    cp -R "$here/icons/hicolor" "$prefix/share/icons/"
fi

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$prefix/share/applications" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" 2>/dev/null || true
fi

echo "Installed LocalEx Desktop $(cat "$dest/VERSION" 2>/dev/null) in $dest."
# the libraries the window needs from the system: named, with the install line
if ! check=$("$dest/$app" --check-system 2>&1); then
    echo "$check"
    echo "(The admin command localex works without them.)"
fi
echo "Start it from the applications menu, or run: $prefix/bin/$app"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "($prefix/bin is not on your PATH: add it to use the localex command by name.)" ;;
esac
echo "To remove the program (your data stays): $dest/uninstall.sh"
