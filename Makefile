# newsev build. `make run` and `make test` are the two user commands; both
# install missing Debian packages first (when root) through `make deps`.
#
# Layout: every .c under a directory belongs to that directory's target, so
# the lists below are directory globs:
#   daemon/extract/  -> libnvextract.a (the extraction engine)
#   daemon/core/     -> libnvcore.a (decoding, encoding, config, Kafka helpers)
#   daemon/newsevd/  -> newsevd (the daemon)
#   daemon/cli/      -> newsev (the command-line tool)
#   tests/test_*.c   -> one cmocka binary each

ifeq ($(SANITIZE),1)
BUILD ?= build-san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
else
BUILD ?= build
SANFLAGS =
endif

CC ?= cc
PKGS = libevent rdkafka libprotobuf-c json-c libsystemd libutf8proc
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
WARN = -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
	-Wshadow -Wpointer-arith -Wno-unused-parameter
OPT ?= -O2 -g
CFLAGS = -std=c11 -D_GNU_SOURCE -DNEWSEV_DATADIR=\"$(DATADIR)\" $(OPT) $(WARN) $(SANFLAGS) \
	-Iinclude -I$(BUILD)/gen $(PKG_CFLAGS) -MMD -MP
LDFLAGS += $(SANFLAGS)
LDLIBS = $(PKG_LIBS) -lpthread -lm

GEN_C = $(BUILD)/gen/newsev/v1/newsev.pb-c.c
GEN_H = $(BUILD)/gen/newsev/v1/newsev.pb-c.h
DESC = $(BUILD)/newsev.desc

EXTRACT_SRCS = $(sort $(wildcard daemon/extract/*.c))
CORE_SRCS = $(sort $(wildcard daemon/core/*.c))
NEWSEVD_SRCS = $(sort $(wildcard daemon/newsevd/*.c))
CLI_SRCS = $(sort $(wildcard daemon/cli/*.c))
TEST_SRCS = $(sort $(wildcard tests/test_*.c))
BENCH_SRCS = $(sort $(wildcard bench/*.c))

obj = $(patsubst %.c,$(BUILD)/obj/%.o,$(1))
EXTRACT_OBJS = $(call obj,$(EXTRACT_SRCS))
CORE_OBJS = $(call obj,$(CORE_SRCS)) $(BUILD)/obj/gen/newsev.pb-c.o
LIBS = $(BUILD)/libnvcore.a $(BUILD)/libnvextract.a
TESTS = $(patsubst tests/%.c,$(BUILD)/tests/%,$(TEST_SRCS))
BENCHES = $(patsubst bench/%.c,$(BUILD)/bench/%,$(BENCH_SRCS))

PREFIX ?= /usr/local
DATADIR ?= $(PREFIX)/share/newsev
EVAL_DIR ?= ../shared/eval

.PHONY: all deps run test check unit integration proto bench eval clean \
	install uninstall
all: $(BUILD)/newsevd $(BUILD)/newsev $(DESC) $(TESTS) $(BENCHES) $(BUILD)/data/.stamp

deps:
	@scripts/deps.sh

run:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory all
	@scripts/run.sh $(BUILD)

# The whole suite, then the whole suite again on an ASan+UBSan build
# (test-sanitize), then FUZZ_SECONDS (60) of libFuzzer per target, two at a
# time. `make test SANITIZE=1` runs only the sanitizer pass and the fuzzers.
test:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory all
	@$(if $(filter 1,$(SANITIZE)),$(SAN_ENV)) tests/run.sh $(BUILD)
ifneq ($(SANITIZE),1)
	@$(MAKE) --no-print-directory test-sanitize
endif
	@$(MAKE) --no-print-directory fuzz

# Unit tests only, or one integration script: make unit / tests/run.sh BUILD NAME
unit: all
	@tests/run.sh $(BUILD) unit

# Quality: own gold set, then the external dev halves under EVAL_DIR (skipped
# when absent); summary in bench/results/eval.json.
eval: all
	scripts/eval.sh $(BUILD) $(EVAL_DIR)

# Benchmarks, not part of `make test`: extraction speed and scaling, then
# end to end on the mock broker against a passthrough baseline. Prints a
# table, writes bench/results/bench-<date>.json and latest.json. Knobs
# (BENCH_RUNS, BENCH_ARTICLES, ...) are described in bench/README.md.
bench: all
	bench/run.sh $(BUILD)

proto: $(GEN_C) $(DESC)

$(GEN_C) $(GEN_H): proto/newsev/v1/newsev.proto
	@mkdir -p $(BUILD)/gen
	protoc-c --proto_path=proto --c_out=$(BUILD)/gen $<

$(DESC): proto/newsev/v1/newsev.proto
	@mkdir -p $(BUILD)
	protoc --proto_path=proto --include_imports --descriptor_set_out=$@ $<

$(BUILD)/obj/gen/newsev.pb-c.o: $(GEN_C)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

$(BUILD)/obj/%.o: %.c | $(GEN_H)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c $< -o $@

# Stage data/ into $(BUILD)/data (where binaries and tests look) and add
# the files generated from Debian data (iso-codes).
# Directories are prerequisites too, so adding or removing a file restages.
DATA_FILES = $(shell find data 2>/dev/null)
$(BUILD)/data/.stamp: $(DATA_FILES) scripts/gen-iso-gazetteer
	@rm -rf $(BUILD)/data && mkdir -p $(BUILD)/data
	cp -r data/. $(BUILD)/data/
	python3 scripts/gen-iso-gazetteer $(BUILD)/data/gazetteer/iso3166.tsv
	@touch $@

$(BUILD)/libnvextract.a: $(EXTRACT_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/libnvcore.a: $(CORE_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/newsevd: $(call obj,$(NEWSEVD_SRCS)) $(LIBS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/newsev: $(call obj,$(CLI_SRCS)) $(LIBS)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: $(BUILD)/obj/tests/%.o $(BUILD)/obj/tests/testlib.o $(LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lcmocka

$(BUILD)/bench/%: $(BUILD)/obj/bench/%.o $(LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# make install [PREFIX=/usr] [DESTDIR=/tmp/stage]: newsevd to SBINDIR,
# newsev to BINDIR, the staged data and newsev.desc to DATADIR, the units to
# UNITDIR, the example config to SYSCONFDIR/newsevd (an existing one is kept),
# and the man pages. Units, config and man pages get the configured paths.
# The binaries find DATADIR next to themselves (../share/newsev) whatever
# PREFIX they were built with. A manifest in DATADIR lists every installed
# file; make uninstall (same PREFIX and DESTDIR) removes exactly those, and
# the config unless it was edited.
BINDIR ?= $(PREFIX)/bin
SBINDIR ?= $(PREFIX)/sbin
MANDIR ?= $(PREFIX)/share/man
SYSCONFDIR ?= /etc
UNITDIR ?= $(if $(filter /usr,$(PREFIX)),/lib/systemd/system,$(PREFIX)/lib/systemd/system)
INSTALL ?= install
MANIFEST = $(DATADIR)/install-manifest
CONF = $(DESTDIR)$(SYSCONFDIR)/newsevd/newsevd.conf
INSTALL_SED = sed -e 's|/usr/sbin/newsevd|$(SBINDIR)/newsevd|g' \
	-e 's|/etc/newsevd|$(SYSCONFDIR)/newsevd|g' \
	-e 's|/usr/share/newsev|$(DATADIR)|g'
INSTALL_GEN = $(UNITDIR)/newsevd.service $(UNITDIR)/newsevd@.service \
	$(MANDIR)/man8/newsevd.8 $(MANDIR)/man1/newsev.1 \
	$(MANDIR)/man5/newsevd.conf.5
INSTALL_SRC = systemd/newsevd.service systemd/newsevd@.service \
	man/newsevd.8 man/newsev.1 man/newsevd.conf.5

install: $(BUILD)/newsevd $(BUILD)/newsev $(DESC) $(BUILD)/data/.stamp
	$(INSTALL) -d $(DESTDIR)$(SBINDIR) $(DESTDIR)$(BINDIR) \
	    $(DESTDIR)$(DATADIR) $(DESTDIR)$(UNITDIR) \
	    $(DESTDIR)$(SYSCONFDIR)/newsevd $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man8
	$(INSTALL) -m 0755 $(BUILD)/newsevd $(DESTDIR)$(SBINDIR)/newsevd
	$(INSTALL) -m 0755 $(BUILD)/newsev $(DESTDIR)$(BINDIR)/newsev
	$(INSTALL) -m 0644 $(DESC) $(DESTDIR)$(DATADIR)/newsev.desc
	cd $(BUILD)/data && find . -type f ! -name .stamp | LC_ALL=C sort \
	    >$(abspath $(BUILD))/data-files
	while read -r f; do $(INSTALL) -D -m 0644 "$(BUILD)/data/$$f" \
	    "$(DESTDIR)$(DATADIR)/$$f" || exit 1; done <$(BUILD)/data-files
	set -- $(INSTALL_GEN); for src in $(INSTALL_SRC); do \
	    $(INSTALL_SED) $$src >"$(DESTDIR)$$1" && chmod 0644 "$(DESTDIR)$$1" \
	    || exit 1; shift; done
	if [ -e $(CONF) ]; then echo "install: keeping the existing $(CONF)"; \
	else $(INSTALL_SED) systemd/newsevd.conf >$(CONF) && chmod 0644 $(CONF); fi
	{ for f in $(SBINDIR)/newsevd $(BINDIR)/newsev $(DATADIR)/newsev.desc \
	    $(INSTALL_GEN) $(MANIFEST); do echo "$$f"; done; \
	  sed 's|^\.|$(DATADIR)|' $(BUILD)/data-files; } >$(DESTDIR)$(MANIFEST)

uninstall:
	@test -f $(DESTDIR)$(MANIFEST) || { echo "uninstall: no \
	$(DESTDIR)$(MANIFEST): nothing installed with this PREFIX/DESTDIR" >&2; \
	exit 1; }
	@if [ -e $(CONF) ] && ! $(INSTALL_SED) systemd/newsevd.conf | \
	    cmp -s - $(CONF); then echo "uninstall: keeping the edited $(CONF)"; \
	else rm -f $(CONF); fi
	sed 's|^|$(DESTDIR)|' $(DESTDIR)$(MANIFEST) | xargs rm -f --
	-find $(DESTDIR)$(DATADIR) -depth -type d -empty -delete
	-rmdir $(DESTDIR)$(SYSCONFDIR)/newsevd 2>/dev/null

# Bad input (issue 7). `make fuzz [FUZZ_SECONDS=60] [FUZZ_JOBS=2]` builds
# the libFuzzer targets fuzz/fuzz_*.c with clang into $(FUZZ_BUILD) (the
# engine and core sources get their own clang objects in $(FUZZ_BUILD)/cobj,
# never the gcc ones) and runs each for FUZZ_SECONDS on a scratch copy of
# fuzz/corpus/<target>, FUZZ_JOBS at once; any crash, leak or timeout fails.
# `make test-sanitize` runs the unit tests and test_pipeline built with
# ASan+UBSan; `make valgrind` runs memcheck over the gcc build.
FUZZ_BUILD ?= build-fuzz
FUZZ_CC ?= clang-14
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 2
FUZZ_SAN = -fsanitize=fuzzer-no-link,address,undefined \
	-fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS = -std=c11 -D_GNU_SOURCE -O1 -g $(FUZZ_SAN) \
	$(filter-out -Werror,$(WARN)) -Iinclude -I$(FUZZ_BUILD)/gen \
	$(PKG_CFLAGS) -MMD -MP
FUZZ_OBJS = $(patsubst %.c,$(FUZZ_BUILD)/cobj/%.o,$(EXTRACT_SRCS) \
	$(CORE_SRCS)) $(FUZZ_BUILD)/cobj/gen/newsev.pb-c.o
FUZZ_TARGETS = $(patsubst fuzz/%.c,$(FUZZ_BUILD)/%,$(wildcard fuzz/fuzz_*.c))
SAN_BUILD ?= build-san
SAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:check_initialization_order=1 \
	UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1 \
	LSAN_OPTIONS=exitcode=23
.PHONY: fuzz fuzz-build test-sanitize valgrind

fuzz: fuzz-build
	scripts/fuzz.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZ_JOBS)

.PRECIOUS: $(FUZZ_BUILD)/cobj/fuzz/%.o
fuzz-build:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) proto \
	    $(FUZZ_BUILD)/data/.stamp
	@$(MAKE) --no-print-directory $(FUZZ_TARGETS)

$(FUZZ_BUILD)/fuzz_%: $(FUZZ_BUILD)/cobj/fuzz/fuzz_%.o $(FUZZ_BUILD)/libfuzzlib.a
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined -o $@ $^ $(LDLIBS)

$(FUZZ_BUILD)/libfuzzlib.a: $(FUZZ_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(FUZZ_BUILD)/cobj/fuzz/%.o: fuzz/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Werror -c $< -o $@

$(FUZZ_BUILD)/cobj/gen/newsev.pb-c.o: $(FUZZ_BUILD)/gen/newsev/v1/newsev.pb-c.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

$(FUZZ_BUILD)/cobj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@

test-sanitize:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory SANITIZE=1 BUILD=$(SAN_BUILD) all
	$(SAN_ENV) tests/run.sh $(SAN_BUILD)

valgrind: all
	scripts/valgrind.sh $(BUILD)

-include $(shell find $(FUZZ_BUILD)/cobj -name '*.d' 2>/dev/null)

clean:
	rm -rf build build-san build-*

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
