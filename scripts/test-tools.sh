#!/usr/bin/env bash
# The Debian packages whose programs the tests run for real. `npm test` runs this first (pretest),
# and so does .ci/run: on a Debian machine where it runs as root, a missing package is installed
# with apt-get; elsewhere it says which are missing and how to install them, and the tests that
# run those programs fail (the registry proof and the docker-py check are skipped instead, and
# most SSH tests fall back to ssh2's own server).
# CDK8S_TEKTON_NO_APT=1 turns the installing off.
# - openssh-server: the sshd of the git-over-SSH and Orka runner tests;
# - buildah, skopeo, docker-registry, apache2-utils (htpasswd): the registry proof (test/credentials/registry.test.ts);
# - librsvg2-bin: cdk8s-tekton graph's SVG rendered to PNG (test/graph/);
# - busybox: the script tag's attack tests run every script under busybox ash as well as bash and dash;
# - procps: the real watch, whose reading of -x and -d the script tag's tests check (test/mutation/shell-commands-2.test.ts);
# - python3-docker: the Docker-config proof reads config.json with docker-py's auth module (test/credentials/).
set -euo pipefail
packages=()
{ command -v sshd >/dev/null 2>&1 || [ -x /usr/sbin/sshd ]; } || packages+=(openssh-server)
for pair in buildah:buildah skopeo:skopeo docker-registry:docker-registry htpasswd:apache2-utils rsvg-convert:librsvg2-bin busybox:busybox watch:procps; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || packages+=("${pair#*:}")
done
docker_py=true
python3 -c 'import docker.auth' >/dev/null 2>&1 || docker_py=false
if [ "${#packages[@]}" -eq 0 ] && $docker_py; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && [ "${CDK8S_TEKTON_NO_APT:-}" != 1 ]; then
  echo "test-tools: installing the Debian packages the tests run: ${packages[*]:-} $($docker_py || echo '(and docker-py)')" >&2
  if [ "${#packages[@]}" -gt 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  fi
  if ! $docker_py; then
    python3 -m pip install --quiet --no-index docker 2>/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends python3-docker >/dev/null; }
  fi
  exit 0
fi
$docker_py || packages+=(python3-docker)
echo "test-tools: missing Debian packages the tests run: ${packages[*]}; the tests that run them will fail. Install them with: sudo apt-get install --no-install-recommends ${packages[*]}" >&2
