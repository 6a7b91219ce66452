#!/usr/bin/env bash
# The documentation follows the code: every key of config.c's key table is
# in the example config and in newsevd.conf(5); every long option of
# newsevd is in newsevd(8); every newsev subcommand is in newsev(1); the
# pages render without a groff warning; the example config is valid.
. "$(dirname "$0")/lib.sh"

CONF=$NV_ROOT/systemd/newsevd.conf
MAN5=$NV_ROOT/man/newsevd.conf.5
MAN8=$NV_ROOT/man/newsevd.8
MAN1=$NV_ROOT/man/newsev.1

# man source escapes '-' as '\-'; compare with the escapes removed
unescape() { sed 's/\\-/-/g; s/\\f[BIRP]//g' "$1"; }

# --- config keys: the rows '{ "key", set_... }' of config_keys[]
keys=$(sed -n '/^static const struct config_key config_keys\[\]/,/^};/p' \
	"$NV_ROOT/daemon/core/config.c" |
	sed -n 's/^[[:space:]]*{ "\([a-z_.]*\)", set_[a-z_]* },$/\1/p')
n=$(echo "$keys" | grep -c .)
[ "$n" -ge 18 ] || fail "found only $n keys in config.c's key table"
for k in $keys; do
	re="^#\\?${k//./\\.} = "
	grep -q "$re" "$CONF" || fail "$k missing from systemd/newsevd.conf"
	grep -q "^\\.B ${k//./\\.}\$" "$MAN5" ||
		fail "$k has no '.B $k' entry in man/newsevd.conf.5"
done
ok "all $n config keys in newsevd.conf and newsevd.conf.5"

# --- newsevd long options: the rows '{ "name", ... }' of longopts[]
opts=$(sed -n '/longopts\[\] = {/,/};/p' "$NV_ROOT/daemon/newsevd/main.c" |
	sed -n 's/^[[:space:]]*{ "\([a-z-]*\)",.*/\1/p')
n=$(echo "$opts" | grep -c .)
[ "$n" -ge 11 ] || fail "found only $n long options in newsevd's main.c"
man8=$(unescape "$MAN8")
for o in $opts; do
	grep -q -- "--$o\\b" <<<"$man8" || fail "--$o missing from newsevd.8"
done
ok "all $n newsevd options in newsevd.8"

# --- newsev subcommands: the lines of 'newsev --help' under Subcommands:
subs=$("$NEWSEV_BUILD/newsev" --help |
	sed -n '/^Subcommands:/,/^$/s/^  \([a-z-]*\) .*/\1/p')
n=$(echo "$subs" | grep -c .)
[ "$n" -ge 6 ] || fail "found only $n subcommands in newsev --help"
man1=$(unescape "$MAN1")
for s in $subs; do
	grep -Eq "^\\.B newsev $s( |$)" <<<"$man1" || fail "newsev $s missing from newsev.1"
done
ok "all $n newsev subcommands in newsev.1"

# --- the pages render cleanly
for m in "$MAN1" "$MAN5" "$MAN8"; do
	w=$(groff -ww -man -z -Tutf8 "$m" 2>&1)
	[ -z "$w" ] || fail "groff warns on ${m##*/}: $w"
done
ok "groff -ww: no warnings"

# --- the numeric defaults shown are config_defaults()'s
defaults=$(sed -n '/^config_defaults(/,/^}/p' "$NV_ROOT/daemon/core/config.c")
for kf in input.max_bytes:input_max_bytes \
	input.max_inflight:input_max_inflight \
	transaction.max_messages:txn_max_messages \
	transaction.max_ms:txn_max_ms; do
	k=${kf%%:*} f=${kf#*:}
	want=$(sed -n "s/^[[:space:]]*c->$f = \([0-9]*\);\$/\1/p" <<<"$defaults")
	[ -n "$want" ] || fail "no default for c->$f in config_defaults()"
	grep -q "^#${k//./\\.} = $want\$" "$CONF" ||
		fail "newsevd.conf does not show $k = $want"
	grep -q "Default: $want" <<<"$(sed -n "/^\\.B ${k//./\\.}\$/,/^\\.TP/p" "$MAN5")" ||
		fail "newsevd.conf.5 does not give $k's default $want"
done
ok "numeric defaults match config_defaults()"

# --- the example configuration is valid
"$NEWSEV_BUILD/newsevd" --check-config -c "$CONF" \
	-X kafka.bootstrap.servers=127.0.0.1:9 >"$T/check.out" 2>&1 ||
	fail "example config rejected: $(cat "$T/check.out")"
ok "systemd/newsevd.conf passes --check-config"

# --- and stays valid with every commented key of the table uncommented
for k in $keys; do
	sed -n "s/^#\(${k//./\\.} = .*\)/\1/p" "$CONF"
done >"$T/all.conf"
cat "$CONF" >>"$T/all.conf"
"$NEWSEV_BUILD/newsevd" --check-config -c "$T/all.conf" \
	-X kafka.bootstrap.servers=127.0.0.1:9 \
	-X "data.dir=$NEWSEV_BUILD/data" >"$T/all.out" 2>&1 ||
	fail "uncommented example values rejected: $(cat "$T/all.out")"
ok "every example value is valid"
say "all checks passed"
