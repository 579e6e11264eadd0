"""Reading KiCad S-expression files back, for the interop checks."""
import re

TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[()]|[^\s()"]+')


def parse(text):
    """The file as nested lists; strings keep their quotes so they stay distinct from symbols."""
    stack = [[]]
    for token in TOKEN.findall(text):
        if token == "(":
            stack.append([])
        elif token == ")":
            done = stack.pop()
            stack[-1].append(done)
        else:
            stack[-1].append(token)
    return stack[0][0]


def read(path):
    with open(path, encoding="utf-8") as f:
        return parse(f.read())


def unquote(token):
    return token[1:-1] if token.startswith('"') else token


def children(node, head):
    return [c for c in node if isinstance(c, list) and c and c[0] == head]


def child(node, head):
    found = children(node, head)
    return found[0] if found else None


def canonical(node):
    """A hashable form of a node for comparing items regardless of their order."""
    if isinstance(node, list):
        return "(" + " ".join(canonical(c) for c in node) + ")"
    return node
