#!/usr/bin/env python3
"""Checks the code shape DESIGN.md asks for, so it cannot drift back:

1. No source file is longer than 400 lines, not counting its tests (a `#[cfg(test)]`
   module at the end, or a `*_tests.rs` / `tests/` file).
2. No import circle between the source files of a crate: the graph "file A names an item of
   file B" (through `crate::`, `super::` or a re-export in lib.rs) has no cycle.

Prints every long file and every circle found and exits 1 if there is one.
Usage: scripts/structure.py [crate-dir ...]   (default: domain app server islands)
"""

import re
import sys
from pathlib import Path

LIMIT = 400
ROOT = Path(__file__).resolve().parent.parent


def is_test_file(path: Path) -> bool:
    return path.name.endswith("_tests.rs") or path.name == "tests.rs" or "tests" in path.parts[:-1]


def code_of(path: Path) -> str:
    """The file without its test module and comments."""
    text = path.read_text()
    cut = re.search(r"^#\[cfg\(test\)\]\n(?:#\[path[^\n]*\]\n)?(?:pub(?:\(crate\))? )?mod ", text, re.M)
    if cut:
        text = text[: cut.start()]
    text = re.sub(r"//[^\n]*", "", text)
    return text


def module_of(src: Path, path: Path) -> tuple:
    rel = path.relative_to(src).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] in ("lib", "main"):
        parts = parts[:-1]
    elif parts[-1] == "mod":
        parts = parts[:-1]
    return tuple(parts)


def reexports(src: Path, modules: dict) -> dict:
    """Names re-exported by `pub use` in lib.rs and in every mod.rs: (module, name) -> module."""
    found = {}
    for module, path in modules.items():
        if not (path.name in ("lib.rs", "mod.rs")):
            continue
        for m in re.finditer(r"pub use ([\w:]+)::\{([^}]*)\}|pub use ([\w:]+)::(\w+)\s*;", code_of(path)):
            if m.group(1):
                base, names = m.group(1), [n.strip() for n in m.group(2).split(",")]
            else:
                base, names = m.group(3), [m.group(4)]
            target = resolve_path(module, base.split("::"), modules)
            for name in names:
                name = name.split(" as ")[-1].strip()
                if name and target is not None:
                    found[(module, name)] = target
    return found


def resolve_path(current: tuple, segments: list, modules: dict):
    """The module file a path such as crate::a::b or super::x lands in (longest prefix)."""
    if not segments:
        return None
    if segments[0] == "crate":
        base, rest = (), segments[1:]
    elif segments[0] == "super":
        base, rest = current[:-1], segments[1:]
        while rest and rest[0] == "super":
            base, rest = base[:-1], rest[1:]
    elif segments[0] == "self":
        base, rest = current, segments[1:]
    else:
        base, rest = current, segments
        if (current + (segments[0],)) not in modules:
            return None
    best = base if base in modules else None
    probe = base
    for seg in rest:
        probe = probe + (seg,)
        if probe in modules:
            best = probe
        else:
            break
    return best


def absolute_path(current: tuple, segments: list):
    """The path from the crate root, for paths that start with crate/super/self."""
    if segments[0] == "crate":
        return segments[1:]
    if segments[0] == "super":
        base, rest = current[:-1], segments[1:]
        while rest and rest[0] == "super":
            base, rest = base[:-1], rest[1:]
        return [*base, *rest]
    if segments[0] == "self":
        return [*current, *segments[1:]]
    return [*current, *segments]


def uses(text: str):
    """Every path named in the file: `use` trees flattened, and inline crate::/super:: paths."""
    for m in re.finditer(r"\buse\s+((?:crate|super|self)[^;]*);", text, re.S):
        yield from flatten(m.group(1).replace("\n", " "))
    for m in re.finditer(r"(?<![\w:])((?:crate|super)(?:::\w+)+)", text):
        yield m.group(1).split("::")


def flatten(tree: str, prefix=None):
    prefix = prefix or []
    tree = tree.strip()
    if "{" not in tree:
        for part in split_top(tree):
            segs = [s.strip() for s in part.split("::") if s.strip()]
            segs = [s.split(" as ")[0].strip() for s in segs]
            yield prefix + segs
        return
    head, _, rest = tree.partition("{")
    inner = rest[: rest.rfind("}")]
    head_segs = [s.strip() for s in head.split("::") if s.strip()]
    for part in split_top(inner):
        yield from flatten(part, prefix + head_segs)


def split_top(s: str):
    depth, cur, out = 0, "", []
    for ch in s:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur)
    return out


def check_crate(crate: Path) -> list:
    src = crate / "src"
    problems = []
    modules = {}
    for path in sorted(src.rglob("*.rs")):
        if is_test_file(path.relative_to(src)):
            continue
        modules[module_of(src, path)] = path
    for module, path in modules.items():
        lines = code_of(path).rstrip().count("\n") + 1
        if lines > LIMIT:
            problems.append(f"{path.relative_to(ROOT)}: {lines} lines without tests (limit {LIMIT})")
    exported = reexports(src, modules)
    graph = {m: set() for m in modules}
    for module, path in modules.items():
        for segs in uses(code_of(path)):
            target = resolve_path(module, segs, modules)
            if target is None:
                continue
            # A name re-exported by lib.rs or a mod.rs: the edge goes to where it is defined.
            for _ in range(8):
                absolute = absolute_path(module, segs)
                rest = absolute[len(target):] if absolute is not None else []
                key = (target, rest[0]) if rest else None
                if key not in exported:
                    break
                segs = ["crate", *exported[key], *rest]
                target = resolve_path(module, segs, modules)
            # A file may always use its own parents' re-exports; only edges to other files count.
            if target != module and not (module[: len(target)] == target and modules[target].name in ("lib.rs", "mod.rs")):
                graph[module].add(target)
    for cycle, members in cycles(graph):
        problems.append(
            f"{crate.name}: import circle " + " -> ".join(render(m) for m in cycle)
            + f" (files in circles with each other: {', '.join(render(m) for m in members)})"
        )
    return problems


def render(module: tuple) -> str:
    return "::".join(module) or "lib"


def cycles(graph: dict) -> list:
    """One cycle per strongly connected component with more than one file."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append((find_cycle(graph, set(comp)), sorted(comp)))

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            strong(v)
    return out


def find_cycle(graph: dict, comp: set) -> list:
    start = min(comp)
    path, seen = [start], {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(graph[v]):
                if w == start:
                    cyc = [v]
                    while seen[cyc[-1]] is not None:
                        cyc.append(seen[cyc[-1]])
                    return list(reversed(cyc)) + [start]
                if w in comp and w not in seen:
                    seen[w] = v
                    nxt.append(w)
        frontier = nxt
    return sorted(comp)


def main():
    crates = sys.argv[1:] or ["domain", "app", "server", "islands"]
    problems = []
    for name in crates:
        problems += check_crate(ROOT / name)
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print(f"structure: no file over {LIMIT} lines, no import circle in {', '.join(crates)}")


if __name__ == "__main__":
    main()
