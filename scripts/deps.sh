#!/bin/sh
# Install the Debian packages newsev needs. As root: apt-get installs what is
# missing. Otherwise: print the one command to run and fail.
set -eu
PKGS="gcc make pkg-config libevent-dev librdkafka-dev libprotobuf-c-dev
protobuf-c-compiler protobuf-compiler libcmocka-dev libjson-c-dev
libsystemd-dev libutf8proc-dev kcat iso-codes python3 curl
systemd man-db groff-base clang-14 libclang-rt-14-dev valgrind
python3-confluent-kafka python3-protobuf"

missing=""
for p in $PKGS; do
	st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$st" in
	*"install ok installed"*) ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "newsev: missing Debian packages. Run as root:" >&2
	echo "  apt-get install -y$missing" >&2
	exit 1
fi
echo "newsev: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends $missing; then
	apt-get update
	apt-get install -y --no-install-recommends $missing
fi
