# SchoolDX — the two commands of the README: `make run` and `make test`.
# Both install what is missing (Debian 12, as root or with sudo), configure and build.

BUILD_DIR  ?= build
BUILD_TYPE ?= RelWithDebInfo
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
PACKAGES   := $(shell grep -v '^\#' packaging/debian-packages.txt | grep -v '^$$')
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps configure build package bench translations clean

run: build
	./$(BUILD_DIR)/app/schooldx $(ARGS)

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# Installs only the packages that are not installed yet, so a second run costs nothing.
deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Cài đặt các gói còn thiếu / installing missing packages:$$missing"; \
	  $(SUDO) apt-get update && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $$missing; \
	fi

configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

package: build
	cd $(BUILD_DIR) && cpack -G DEB

bench: build
	./bench/run-all.sh $(BUILD_DIR)

translations: configure
	cmake --build $(BUILD_DIR) --target sdx_lupdate

clean:
	rm -rf $(BUILD_DIR)
