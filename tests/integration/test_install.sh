#!/usr/bin/env bash
# make install / make uninstall into a DESTDIR: the expected tree file by
# file, the installed binaries finding the installed data, the example
# config accepted by newsevd, the units clean under `systemd-analyze verify`
# and at or under 1.5 in `systemd-analyze security`, and an uninstall that
# leaves no file behind. Nothing is rebuilt: make gets BUILD=$NEWSEV_BUILD
# and -o for every build product it would otherwise check.
. "$(dirname "$0")/lib.sh"

B=$NEWSEV_BUILD
TARGET_SCORE=1.5
for f in newsevd newsev newsev.desc data/.stamp; do
	[ -e "$B/$f" ] || fail "$B/$f is missing: run make all first"
done

# nv_make ARGS...: make in the tree, never rebuilding the build products.
nv_make() {
	make -C "$NV_ROOT" --no-print-directory BUILD="$B" \
	    -o "$B/newsevd" -o "$B/newsev" -o "$B/newsev.desc" \
	    -o "$B/data/.stamp" "$@"
}

# expected_files ROOT PREFIX DATADIR UNITDIR: every file install must put.
expected_files() {
	local p=$2 d=$3 u=$4
	{
		printf '%s\n' /etc/newsevd/newsevd.conf "$u/newsevd.service" \
		    "$u/newsevd@.service" "$p/bin/newsev" "$p/sbin/newsevd" \
		    "$p/share/man/man1/newsev.1" "$p/share/man/man5/newsevd.conf.5" \
		    "$p/share/man/man8/newsevd.8" "$d/newsev.desc" \
		    "$d/install-manifest"
		(cd "$B/data" && find . -type f ! -name .stamp | sed "s|^\.|$d|")
	} | LC_ALL=C sort
}

tree_files() { (cd "$1" && find . -type f | sed 's|^\.||' | LC_ALL=C sort); }

check_tree() { # ROOT PREFIX DATADIR UNITDIR
	local root=$1 p=$2 d=$3 u=$4 missing extra
	expected_files "$@" >"$T/want"
	tree_files "$root" >"$T/got"
	missing=$(comm -23 "$T/want" "$T/got" | tr '\n' ' ')
	extra=$(comm -13 "$T/want" "$T/got" | tr '\n' ' ')
	[ -z "$missing$extra" ] ||
	    fail "tree differs: missing [$missing] unexpected [$extra]"
	ok "PREFIX=$p: the $(wc -l <"$T/want") expected files, no others"
	expect_eq "newsevd mode" 755 "$(stat -c %a "$root$p/sbin/newsevd")"
	expect_eq "newsev mode" 755 "$(stat -c %a "$root$p/bin/newsev")"
	expect_eq "unit mode" 644 "$(stat -c %a "$root$u/newsevd.service")"
	expect_eq "config mode" 644 "$(stat -c %a "$root/etc/newsevd/newsevd.conf")"
	cmp -s "$B/newsevd" "$root$p/sbin/newsevd" || fail "newsevd differs from the build"
	cmp -s "$B/newsev" "$root$p/bin/newsev" || fail "newsev differs from the build"
	cmp -s "$B/newsev.desc" "$root$d/newsev.desc" || fail "newsev.desc differs"
	while IFS= read -r f; do
		cmp -s "$B/data/$f" "$root$d/$f" || fail "installed $f differs from $B/data"
	done < <(cd "$B/data" && find . -type f ! -name .stamp | sed 's|^\./||')
	ok "binaries, descriptor set and data are the build's, byte for byte"
	grep -qx "ExecStart=$p/sbin/newsevd -c /etc/newsevd/newsevd.conf" \
	    "$root$u/newsevd.service" || fail "newsevd.service ExecStart"
	grep -qx "ExecStart=$p/sbin/newsevd -c /etc/newsevd/%i.conf" \
	    "$root$u/newsevd@.service" || fail "newsevd@.service ExecStart"
	ok "units start $p/sbin/newsevd"
	grep -q "^\.I $d/newsev.desc" "$root$p/share/man/man8/newsevd.8" ||
	    fail "newsevd(8) does not name $d/newsev.desc"
	ok "man pages name DATADIR $d"
}

# --- install with PREFIX=/usr, the packaging layout
R=$T/root
nv_make install DESTDIR="$R" PREFIX=/usr >"$T/install.log" 2>&1 ||
    fail "make install failed: $(tail -n 5 "$T/install.log")"
grep -Eq '^(cc|ar|protoc)' "$T/install.log" && fail "make install rebuilt something"
check_tree "$R" /usr /usr/share/newsev /lib/systemd/system

# --- the installed binaries use the installed data (../share/newsev)
first=$(ls "$R/usr/share/newsev/samples/"*.json | head -n1)
[ -n "$first" ] || fail "no sample article installed"
sample=$T/sample.jsonl	# one article per line, as newsev extract reads
python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))))' \
    "$first" >"$sample" || fail "cannot read $first"
"$B/newsev" extract --published-at 2024-06-20T00:00:00Z <"$sample" >"$T/ex.build" 2>"$T/ex.build.err" ||
    fail "newsev extract (build) failed: $(head -n3 "$T/ex.build.err")"
# $R/usr/bin has no data/: only ../share/newsev, or the compiled-in
# fallback /usr/local/share/newsev, can serve it
[ -e /usr/local/share/newsev ] &&
    say "note: /usr/local/share/newsev exists here; the next check is weaker"
"$R/usr/bin/newsev" extract --published-at 2024-06-20T00:00:00Z <"$sample" >"$T/ex.inst" 2>"$T/ex.inst.err" ||
    fail "installed newsev extract failed: $(head -n3 "$T/ex.inst.err")"
[ -s "$T/ex.inst" ] && cmp -s "$T/ex.build" "$T/ex.inst" ||
    fail "installed newsev extract differs from the build's"
ok "installed newsev extract uses the installed data (same output as the build)"

# --- the example config: valid as shipped, every key present, every
# commented example value accepted
conf=$R/etc/newsevd/newsevd.conf
"$R/usr/sbin/newsevd" --check-config -c "$conf" >"$T/check.log" 2>&1 ||
    fail "newsevd --check-config rejects the example config: $(cat "$T/check.log")"
ok "newsevd --check-config accepts the example config"
for key in kafka.bootstrap.servers kafka.group.id input.topics output.topic \
    dlq.topic output.granularity input.max_bytes input.max_inflight data.dir \
    workers extract.enabled log.level http.listen debug.wedge_after_ms; do
	grep -Eq "^#?$key = " "$conf" || fail "example config lacks $key"
done
ok "example config shows every key"
bad=
while IFS= read -r line; do
	kv=${line#\#}
	key=${kv%% = *}
	val=${kv#* = }
	[ "$key" = data.dir ] && val=$R$val	# the installed data, under DESTDIR
	"$R/usr/sbin/newsevd" --check-config -c "$conf" -X "$key=$val" \
	    >"$T/check.log" 2>&1 || bad="$bad $key($(head -n1 "$T/check.log"))"
done < <(grep -E '^#[a-z][a-z_.]* = ' "$conf")
[ -z "$bad" ] || fail "commented example values rejected:$bad"
ok "every commented example value passes --check-config"

# --- man pages render without a groff warning
for m in man1/newsev.1 man5/newsevd.conf.5 man8/newsevd.8; do
	w=$(groff -man -ww -z -Tutf8 "$R/usr/share/man/$m" 2>&1)
	[ -z "$w" ] || fail "groff warns on $m: $w"
	MANPATH=$R/usr/share/man man -P cat "$(basename "${m%.*}")" >/dev/null 2>&1 ||
	    fail "man cannot show $m from the installed MANPATH"
done
ok "man pages render cleanly and man finds them"

# --- systemd-analyze verify on the installed units. verify needs the
# ExecStart binary at /usr/sbin/newsevd: in a private mount namespace,
# overlay the installed usr/sbin on the host's (nothing leaks out).
U=$R/lib/systemd/system
cat >"$T/verify.sh" <<EOF
mount -t overlay overlay -o lowerdir=$R/usr/sbin:/usr/sbin /usr/sbin || exit 99
export MANPATH=$R/usr/share/man
systemd-analyze verify $U/newsevd.service >$T/verify1.out 2>&1; echo \$? >$T/verify1.rc
SYSTEMD_UNIT_PATH=$U: systemd-analyze verify newsevd@wire-fr.service \
    >$T/verify2.out 2>&1; echo \$? >$T/verify2.rc
EOF
if unshare -m --propagation private bash "$T/verify.sh" 2>"$T/unshare.err"; then
	for i in 1 2; do
		[ "$(cat "$T/verify$i.rc")" = 0 ] && [ ! -s "$T/verify$i.out" ] ||
		    fail "systemd-analyze verify printed: $(cat "$T/verify$i.out")"
	done
	ok "systemd-analyze verify: newsevd.service and newsevd@wire-fr.service clean (no output, rc 0)"
else
	echo "[$NV_TEST] note: cannot overlay /usr/sbin here ($(head -c 200 "$T/unshare.err")):"
	echo "[$NV_TEST] note: verifying copies whose ExecStart points into the DESTDIR tree instead"
	mkdir -p "$T/vcopy"
	sed "s|^ExecStart=/usr/sbin/|ExecStart=$R/usr/sbin/|" "$U/newsevd.service" >"$T/vcopy/newsevd.service"
	sed "s|^ExecStart=/usr/sbin/|ExecStart=$R/usr/sbin/|" "$U/newsevd@.service" >"$T/vcopy/newsevd@.service"
	out=$(MANPATH=$R/usr/share/man systemd-analyze verify "$T/vcopy/newsevd.service" 2>&1) &&
	    [ -z "$out" ] || fail "systemd-analyze verify (copy) printed: $out"
	out=$(MANPATH=$R/usr/share/man SYSTEMD_UNIT_PATH=$T/vcopy: systemd-analyze verify \
	    newsevd@wire-fr.service 2>&1) && [ -z "$out" ] ||
	    fail "systemd-analyze verify (template copy) printed: $out"
	ok "systemd-analyze verify clean on copies (ExecStart path rewritten)"
fi

# --- hardening: the exposure score, and no drift between the two units
for u in newsevd.service newsevd@.service; do
	line=$(systemd-analyze security --offline=true "$U/$u" 2>&1 | grep 'Overall exposure level')
	score=$(sed -n 's/.*: \([0-9.]*\) .*/\1/p' <<<"$line")
	[ -n "$score" ] || fail "no score from systemd-analyze security for $u: $line"
	awk -v s="$score" -v t="$TARGET_SCORE" 'BEGIN { exit !(s <= t) }' ||
	    fail "$u exposure $score > $TARGET_SCORE"
	ok "$u exposure level $score (target <= $TARGET_SCORE)"
done
service_body() { sed -n '/^\[Service\]/,/^\[/p' "$1" | grep -v -e '%i' -e '^#' -e '^ExecStart=' -e '^SyslogIdentifier='; }
diff <(service_body "$U/newsevd.service") <(service_body "$U/newsevd@.service") >"$T/drift" ||
    fail "newsevd@.service [Service] drifted from newsevd.service: $(cat "$T/drift")"
ok "template [Service] matches newsevd.service but for the %i lines"

# --- reinstall keeps an edited config; uninstall keeps it too, removes the rest
echo "log.level = debug" >>"$conf"
nv_make install DESTDIR="$R" PREFIX=/usr >"$T/install2.log" 2>&1 || fail "second make install failed"
grep -q "keeping the existing" "$T/install2.log" || fail "reinstall did not say it kept the config"
tail -n1 "$conf" | grep -qx "log.level = debug" || fail "reinstall overwrote the edited config"
ok "reinstall keeps the edited config"
nv_make uninstall DESTDIR="$R" PREFIX=/usr >"$T/uninstall.log" 2>&1 ||
    fail "make uninstall failed: $(tail -n 5 "$T/uninstall.log")"
grep -q "keeping the edited" "$T/uninstall.log" || fail "uninstall did not say it kept the config"
expect_eq "files left after uninstall with an edited config" \
    /etc/newsevd/newsevd.conf "$(tree_files "$R" | tr '\n' ' ' | sed 's/ $//')"
rm -f "$conf"

# --- PREFIX=/usr/local: units under /usr/local/lib/systemd/system; then a
# clean install and uninstall leave no file at all
R2=$T/root-local
nv_make install DESTDIR="$R2" >"$T/install3.log" 2>&1 || fail "make install (PREFIX default) failed"
check_tree "$R2" /usr/local /usr/local/share/newsev /usr/local/lib/systemd/system
nv_make uninstall DESTDIR="$R2" >"$T/uninstall3.log" 2>&1 || fail "make uninstall (PREFIX default) failed"
left=$(tree_files "$R2" | tr '\n' ' ')
[ -z "$left" ] || fail "files left after uninstall: $left"
ok "uninstall of a fresh install leaves no file ($(find "$R2" -type d | wc -l) empty directories)"
echo "[$NV_TEST] passed"
