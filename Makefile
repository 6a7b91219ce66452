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

.PHONY: all deps run test check unit integration proto bench eval clean
all: $(BUILD)/newsevd $(BUILD)/newsev $(DESC) $(TESTS) $(BENCHES)

deps:
	@scripts/deps.sh

run:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory all
	@scripts/run.sh $(BUILD)

test:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory all
	@tests/run.sh $(BUILD)

# Unit tests only, or one integration script: make unit / tests/run.sh BUILD NAME
unit: all
	@tests/run.sh $(BUILD) unit

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

$(BUILD)/tests/%: $(BUILD)/obj/tests/%.o $(LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lcmocka

$(BUILD)/bench/%: $(BUILD)/obj/bench/%.o $(LIBS)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

clean:
	rm -rf build build-san build-*

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
