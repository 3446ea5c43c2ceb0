# The two commands the README promises:
#   make run    install what is missing, build, serve on http://127.0.0.1:3000
#   make test   install what is missing, then every check and test (what CI runs)
.PHONY: run build test screenshots size bench bench-redis setup

run: build
	./target/serve/demoborger

build:
	scripts/setup.sh
	scripts/build.sh

test:
	scripts/test.sh

# PNGs of every page at desktop, phone (375 px) and 200 % zoom, in end2end/screenshots/.
screenshots: build
	scripts/setup.sh --test
	cd end2end && npx playwright test --project screenshots

# What a learner's browser downloads: wasm size, first-visit transfer of / and /ovelse in
# chromium, Lighthouse performance and accessibility (scripts/size.sh; reports in target/size/).
size: build
	scripts/setup.sh --test
	scripts/size.sh

# Load test against a real anchor (issue 20): the inbox vs nginx serving the same bytes, the
# learner journey at 50, 500 and 1 550 learners, throughput without think time, memory
# after a burst (scripts/bench.sh; logs in target/bench/). About 8 minutes.
bench:
	scripts/bench.sh

# Worlds in Redis (issue 16): the journey at 50, 500 and 1 550 learners with the in-memory
# store, Redis with one app server and with two (scripts/bench-redis.sh). About 12 minutes.
bench-redis:
	scripts/bench-redis.sh

setup:
	scripts/setup.sh --test
