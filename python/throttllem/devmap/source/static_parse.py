"""A small OpenCL C parser for the static counter: lexer tokens -> functions with statement and
expression trees. Not a compiler front end: no types are checked and no semantics applied beyond
what counting needs (which names are pointers into which address space).

Handled: ``#define`` macros (expanded by ``static_syntax``), ``__attribute__((...))``, typedef
names, struct/union/enum declarations (bodies skipped), the C statement forms except ``goto``
and labels, and the full C expression grammar with casts and OpenCL vector literals
(``(float4)(a, b, c, d)``). Errors name line and column.
"""

from __future__ import annotations

from throttllem.devmap.source.lexer import Token, source_tokens
from throttllem.devmap.source.opencl import KEYWORDS, VECTOR_TYPES
from throttllem.devmap.source.static_syntax import Function, Node, ParseError, Program, Var, expand_macros

__all__ = ["Function", "Node", "ParseError", "Program", "Var", "parse"]

_NOT_TYPES = frozenset("""
if else for while do switch case default return break continue goto sizeof true false NULL
__attribute__ __attribute reqd_work_group_size work_group_size_hint vec_type_hint aligned packed endian
""".split())
#: Keywords that start a declaration or a cast (types, qualifiers, storage classes).
TYPE_WORDS = (KEYWORDS | VECTOR_TYPES) - _NOT_TYPES
SPACES = {"__global": "global", "global": "global", "__local": "local", "local": "local",
          "__constant": "constant", "constant": "constant", "__private": "private", "private": "private"}
BINARY_PRECEDENCE = {"*": 10, "/": 10, "%": 10, "+": 9, "-": 9, "<<": 8, ">>": 8, "<": 7, ">": 7, "<=": 7,
                     ">=": 7, "==": 6, "!=": 6, "&": 5, "^": 4, "|": 3, "&&": 2, "||": 1}
ASSIGN_OPS = frozenset("= += -= *= /= %= <<= >>= &= ^= |=".split())


# ---- parser ----------------------------------------------------------------------------------------
class _Parser:
    def __init__(self, tokens: list[Token]):
        self.t, self.i = tokens, 0
        self.typedefs: set[str] = set()

    def peek(self, k: int = 0) -> Token | None:
        return self.t[self.i + k] if self.i + k < len(self.t) else None

    def at(self, text: str, k: int = 0) -> bool:
        tok = self.peek(k)
        return tok is not None and tok.text == text and tok.kind in ("punctuator", "keyword")

    def next(self) -> Token:
        tok = self.peek()
        if tok is None:
            raise ParseError("unexpected end of source")
        self.i += 1
        return tok

    def accept(self, text: str) -> bool:
        if self.at(text):
            self.i += 1
            return True
        return False

    def expect(self, text: str) -> Token:
        if not self.at(text):
            raise self.error(f"expected {text!r}")
        return self.next()

    def error(self, why: str) -> ParseError:
        tok = self.peek()
        if tok is None:
            return ParseError(f"end of source: {why}")
        return ParseError(f"line {tok.line}, column {tok.column}: {why}, found {tok.text!r}")

    def is_type(self, k: int = 0) -> bool:
        tok = self.peek(k)
        return tok is not None and ((tok.kind == "keyword" and tok.text in TYPE_WORDS)
                                    or (tok.kind == "identifier" and tok.text in self.typedefs))

    def skip_balanced(self) -> None:
        """Skip from an opening bracket to its partner."""
        opening = self.next().text
        closing = {"(": ")", "[": "]", "{": "}"}[opening]
        depth = 1
        while depth:
            text = self.next().text
            depth += (text == opening) - (text == closing)

    def skip_attributes(self) -> None:
        while self.peek() is not None and self.peek().text in ("__attribute__", "__attribute"):
            self.next()
            self.skip_balanced()

    # -- program -----------------------------------------------------------------------------------
    def program(self) -> Program:
        prog = Program()
        while self.peek() is not None:
            if self.accept(";"):
                continue
            if self.at("typedef"):
                self.typedef()
                continue
            if self._function_ahead():
                f = self.function()
                prog.functions[f.name] = f
            else:
                prog.globals += self.declaration().kids
        return prog

    def _function_ahead(self) -> bool:
        """Whether a function definition starts here: ``... name(...) [attributes] {``."""
        depth, k, last = 0, 0, ""
        while (tok := self.peek(k)) is not None:
            if tok.text in ("(", "["):
                depth += 1
            elif tok.text in (")", "]"):
                depth -= 1
            elif depth == 0 and tok.text in (";", "=", "{"):
                return tok.text == "{" and last == ")"
            if depth == 0:
                last = tok.text
            k += 1
        return False

    def typedef(self) -> None:
        self.expect("typedef")
        depth, name = 0, None
        while not (depth == 0 and self.at(";")):
            tok = self.next()
            depth += (tok.text in ("(", "{", "[")) - (tok.text in (")", "}", "]"))
            if depth == 0 and tok.kind == "identifier":
                name = tok.text
        self.expect(";")
        if name:
            self.typedefs.add(name)

    def function(self) -> Function:
        kernel, name = False, None
        while name is None:
            self.skip_attributes()
            tok = self.next()
            kernel = kernel or tok.text in ("__kernel", "kernel")
            if tok.kind == "identifier" and self.at("("):
                name = tok.text
            elif tok.text in ("struct", "union", "enum") and self.at("{"):
                self.skip_balanced()
        self.expect("(")
        params: list[Var] = []
        while not self.accept(")"):
            if self.at("void") and self.at(")", 1):
                self.next()
                continue
            params.append(self.declarator_list(single=True)[0])
            if not self.at(")"):
                self.expect(",")
        self.skip_attributes()
        return Function(name, kernel, tuple(params), self.block())

    # -- declarations -----------------------------------------------------------------------------
    def declaration(self) -> Node:
        line = self.peek().line
        decls = self.declarator_list(single=False)
        self.expect(";")
        return Node("decl", kids=tuple(decls), line=line)

    def declarator_list(self, *, single: bool) -> list[Var]:
        space = None
        while True:
            self.skip_attributes()
            if self.peek() is not None and self.peek().text in ("struct", "union", "enum"):
                self.next()
                if self.peek() is not None and self.peek().kind == "identifier":
                    self.next()
                if self.at("{"):
                    self.skip_balanced()
            elif self.is_type():
                space = SPACES.get(self.next().text, space)
            else:
                break
        out: list[Var] = []
        while True:
            pointer = False
            while self.accept("*"):
                pointer = True
                while self.peek() is not None and self.peek().text in ("const", "restrict", "__restrict", "volatile",
                                                                       *SPACES):
                    self.next()
            name = ""
            nested = self.at("(") and self.at("*", 1)  # pointer to array: double (*p)[5]
            if nested:
                self.next()
                while self.accept("*"):
                    pointer = True
            if self.peek() is not None and self.peek().kind == "identifier":
                name = self.next().text
            elif not single:
                raise self.error("expected a declarator name")
            if nested:
                self.expect(")")
            dims = []
            while self.accept("["):
                dims.append(None if self.at("]") else self.expression())
                self.expect("]")
            self.skip_attributes()
            init = None
            if not single and self.accept("="):
                init = self.initializer()
            out.append(Var(name, space, pointer, bool(dims), init, tuple(dims)))
            if single or not self.accept(","):
                return out

    def initializer(self) -> Node:
        if not self.at("{"):
            return self.assignment()
        line = self.next().line
        items = []
        while not self.accept("}"):
            items.append(self.initializer())
            if not self.at("}"):
                self.expect(",")
        return Node("init_list", kids=tuple(items), line=line)

    # -- statements ----------------------------------------------------------------------------------
    def block(self) -> Node:
        line = self.expect("{").line
        body = []
        while not self.accept("}"):
            body.append(self.statement())
        return Node("block", kids=tuple(body), line=line)

    def statement(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise ParseError("unexpected end of source inside a function")
        text, line = tok.text, tok.line
        if self.at("{"):
            return self.block()
        if self.accept(";"):
            return Node("empty", line=line)
        if tok.kind == "keyword" and text in ("if", "while", "switch"):
            self.next()
            self.expect("(")
            cond = self.expression()
            self.expect(")")
            body = self.statement()
            other = self.statement() if text == "if" and self.accept("else") else None
            return Node(text, kids=(cond, body, other), line=line)
        if self.accept("for"):
            self.expect("(")
            init = self.statement() if not self.at(";") else Node("empty", line=line)
            if init.kind == "empty":
                self.expect(";")
            cond = None if self.at(";") else self.expression()
            self.expect(";")
            step = None if self.at(")") else self.expression()
            self.expect(")")
            return Node("for", kids=(init, cond, step, self.statement()), line=line)
        if self.accept("do"):
            body = self.statement()
            self.expect("while")
            self.expect("(")
            cond = self.expression()
            self.expect(")")
            self.expect(";")
            return Node("do", kids=(cond, body), line=line)
        if self.accept("case"):
            value = self.conditional()
            self.expect(":")
            return Node("case", kids=(value,), line=line)
        if self.accept("default"):
            self.expect(":")
            return Node("case", line=line)
        if self.accept("return"):
            value = None if self.at(";") else self.expression()
            self.expect(";")
            return Node("return", kids=(value,), line=line)
        if text in ("break", "continue") and tok.kind == "keyword":
            self.next()
            self.expect(";")
            return Node(text, line=line)
        if text == "goto" or (tok.kind == "identifier" and self.at(":", 1)):
            raise self.error("goto and labels are not supported")
        if self.is_type() or text in ("struct", "union", "enum", "__attribute__"):
            return self.declaration()
        value = self.expression()
        self.expect(";")
        return Node("expr", kids=(value,), line=line)

    # -- expressions ---------------------------------------------------------------------------------
    def expression(self) -> Node:
        node = self.assignment()
        while self.at(","):
            line = self.next().line
            node = Node("comma", ",", (node, self.assignment()), line)
        return node

    def assignment(self) -> Node:
        target = self.conditional()
        tok = self.peek()
        if tok is not None and tok.kind == "punctuator" and tok.text in ASSIGN_OPS:
            self.next()
            return Node("assign", tok.text, (target, self.assignment()), tok.line)
        return target

    def conditional(self) -> Node:
        cond = self.binary(1)
        if self.at("?"):
            line = self.next().line
            yes = self.expression()
            self.expect(":")
            return Node("cond", "?", (cond, yes, self.conditional()), line)
        return cond

    def binary(self, min_precedence: int) -> Node:
        left = self.cast()
        while True:
            tok = self.peek()
            precedence = BINARY_PRECEDENCE.get(tok.text, 0) if tok is not None and tok.kind == "punctuator" else 0
            if precedence < min_precedence or precedence == 0:
                return left
            self.next()
            left = Node("binary", tok.text, (left, self.binary(precedence + 1)), tok.line)

    def cast(self) -> Node:
        if self.at("(") and self.is_type(1):
            line = self.next().line
            words = []
            while not self.accept(")"):
                self.skip_attributes()
                if self.at("(") or self.at("["):  # abstract declarators: (*)[5]
                    self.skip_balanced()
                    words.append("*")
                elif not self.at(")"):
                    words.append(self.next().text)
            return Node("cast", " ".join(words), (self.cast(),), line)
        return self.unary()

    def unary(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise ParseError("unexpected end of source in an expression")
        if tok.kind == "punctuator" and tok.text in ("++", "--"):
            self.next()
            return Node("pre", tok.text, (self.unary(),), tok.line)
        if tok.kind == "punctuator" and tok.text in ("-", "+", "!", "~", "*", "&"):
            self.next()
            return Node("unary", tok.text, (self.cast(),), tok.line)
        if tok.text == "sizeof" and tok.kind == "keyword":
            self.next()
            if self.at("(") and self.is_type(1):
                self.skip_balanced()
            else:
                self.unary()
            return Node("sizeof", line=tok.line)
        return self.postfix(self.primary())

    def postfix(self, node: Node) -> Node:
        while (tok := self.peek()) is not None and tok.kind == "punctuator":
            if tok.text == "[":
                self.next()
                index = self.expression()
                self.expect("]")
                node = Node("index", "[]", (node, index), tok.line)
            elif tok.text == "(":
                self.next()
                args = []
                while not self.accept(")"):
                    args.append(self.assignment())
                    if not self.at(")"):
                        self.expect(",")
                node = Node("call", "()", (node, *args), tok.line)
            elif tok.text in (".", "->"):
                self.next()
                node = Node("member", self.next().text, (node,), tok.line)
            elif tok.text in ("++", "--"):
                self.next()
                node = Node("post", tok.text, (node,), tok.line)
            else:
                break
        return node

    def primary(self) -> Node:
        tok = self.next()
        if tok.kind == "identifier":
            return Node("id", tok.text, line=tok.line)
        if tok.kind in ("number", "char") or tok.text in ("true", "false", "NULL"):
            return Node("num", tok.text, line=tok.line)
        if tok.kind == "string":
            while self.peek() is not None and self.peek().kind == "string":
                self.next()
            return Node("str", line=tok.line)
        if tok.text == "(":
            node = self.expression()
            self.expect(")")
            return node
        self.i -= 1
        raise self.error("expected an expression")


def parse(source: str) -> Program:
    """Parse ``source`` (raises LexError or ParseError naming line and column)."""
    return _Parser(expand_macros(list(source_tokens(source)))).program()
