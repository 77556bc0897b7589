import { createRequire as __palisadeRequire } from 'node:module';
const require = __palisadeRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/loaders/common/diag.ts
function fileDiagnostic(file, code, message, fix, severity = "error") {
  return { file, line: 0, col: 0, code, message, fix, severity };
}
function at(file, pos, code, message, fix, severity = "error") {
  return { file, line: pos.line, col: pos.col, code, message, fix, severity };
}
var init_diag = __esm({
  "src/loaders/common/diag.ts"() {
    "use strict";
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js
var require_json = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/json.js"(exports, module) {
    function isValidJSON(str2) {
      if (typeof str2 !== "string") {
        return;
      }
      try {
        JSON.parse(str2);
        return true;
      } catch (err) {
        if (err instanceof SyntaxError) {
          return false;
        }
        throw err;
      }
    }
    module.exports = {
      "json.is_valid": isValidJSON
    };
  }
});

// node_modules/sprintf-js/src/sprintf.js
var require_sprintf = __commonJS({
  "node_modules/sprintf-js/src/sprintf.js"(exports) {
    !(function() {
      "use strict";
      var re = {
        not_string: /[^s]/,
        not_bool: /[^t]/,
        not_type: /[^T]/,
        not_primitive: /[^v]/,
        number: /[diefg]/,
        numeric_arg: /[bcdiefguxX]/,
        json: /[j]/,
        not_json: /[^j]/,
        text: /^[^\x25]+/,
        modulo: /^\x25{2}/,
        placeholder: /^\x25(?:([1-9]\d*)\$|\(([^)]+)\))?(\+)?(0|'[^$])?(-)?(\d+)?(?:\.(\d+))?([b-gijostTuvxX])/,
        key: /^([a-z_][a-z_\d]*)/i,
        key_access: /^\.([a-z_][a-z_\d]*)/i,
        index_access: /^\[(\d+)\]/,
        sign: /^[+-]/
      };
      function sprintf(key) {
        return sprintf_format(sprintf_parse(key), arguments);
      }
      function vsprintf(fmt, argv) {
        return sprintf.apply(null, [fmt].concat(argv || []));
      }
      function sprintf_format(parse_tree, argv) {
        var cursor = 1, tree_length = parse_tree.length, arg, output = "", i, k, ph, pad, pad_character, pad_length, is_positive, sign;
        for (i = 0; i < tree_length; i++) {
          if (typeof parse_tree[i] === "string") {
            output += parse_tree[i];
          } else if (typeof parse_tree[i] === "object") {
            ph = parse_tree[i];
            if (ph.keys) {
              arg = argv[cursor];
              for (k = 0; k < ph.keys.length; k++) {
                if (arg == void 0) {
                  throw new Error(sprintf('[sprintf] Cannot access property "%s" of undefined value "%s"', ph.keys[k], ph.keys[k - 1]));
                }
                arg = arg[ph.keys[k]];
              }
            } else if (ph.param_no) {
              arg = argv[ph.param_no];
            } else {
              arg = argv[cursor++];
            }
            if (re.not_type.test(ph.type) && re.not_primitive.test(ph.type) && arg instanceof Function) {
              arg = arg();
            }
            if (re.numeric_arg.test(ph.type) && (typeof arg !== "number" && isNaN(arg))) {
              throw new TypeError(sprintf("[sprintf] expecting number but found %T", arg));
            }
            if (re.number.test(ph.type)) {
              is_positive = arg >= 0;
            }
            switch (ph.type) {
              case "b":
                arg = parseInt(arg, 10).toString(2);
                break;
              case "c":
                arg = String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
              case "i":
                arg = parseInt(arg, 10);
                break;
              case "j":
                arg = JSON.stringify(arg, null, ph.width ? parseInt(ph.width) : 0);
                break;
              case "e":
                arg = ph.precision ? parseFloat(arg).toExponential(ph.precision) : parseFloat(arg).toExponential();
                break;
              case "f":
                arg = ph.precision ? parseFloat(arg).toFixed(ph.precision) : parseFloat(arg);
                break;
              case "g":
                arg = ph.precision ? String(Number(arg.toPrecision(ph.precision))) : parseFloat(arg);
                break;
              case "o":
                arg = (parseInt(arg, 10) >>> 0).toString(8);
                break;
              case "s":
                arg = String(arg);
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "t":
                arg = String(!!arg);
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "T":
                arg = Object.prototype.toString.call(arg).slice(8, -1).toLowerCase();
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "u":
                arg = parseInt(arg, 10) >>> 0;
                break;
              case "v":
                arg = arg.valueOf();
                arg = ph.precision ? arg.substring(0, ph.precision) : arg;
                break;
              case "x":
                arg = (parseInt(arg, 10) >>> 0).toString(16);
                break;
              case "X":
                arg = (parseInt(arg, 10) >>> 0).toString(16).toUpperCase();
                break;
            }
            if (re.json.test(ph.type)) {
              output += arg;
            } else {
              if (re.number.test(ph.type) && (!is_positive || ph.sign)) {
                sign = is_positive ? "+" : "-";
                arg = arg.toString().replace(re.sign, "");
              } else {
                sign = "";
              }
              pad_character = ph.pad_char ? ph.pad_char === "0" ? "0" : ph.pad_char.charAt(1) : " ";
              pad_length = ph.width - (sign + arg).length;
              pad = ph.width ? pad_length > 0 ? pad_character.repeat(pad_length) : "" : "";
              output += ph.align ? sign + arg + pad : pad_character === "0" ? sign + pad + arg : pad + sign + arg;
            }
          }
        }
        return output;
      }
      var sprintf_cache = /* @__PURE__ */ Object.create(null);
      function sprintf_parse(fmt) {
        if (sprintf_cache[fmt]) {
          return sprintf_cache[fmt];
        }
        var _fmt = fmt, match, parse_tree = [], arg_names = 0;
        while (_fmt) {
          if ((match = re.text.exec(_fmt)) !== null) {
            parse_tree.push(match[0]);
          } else if ((match = re.modulo.exec(_fmt)) !== null) {
            parse_tree.push("%");
          } else if ((match = re.placeholder.exec(_fmt)) !== null) {
            if (match[2]) {
              arg_names |= 1;
              var field_list = [], replacement_field = match[2], field_match = [];
              if ((field_match = re.key.exec(replacement_field)) !== null) {
                field_list.push(field_match[1]);
                while ((replacement_field = replacement_field.substring(field_match[0].length)) !== "") {
                  if ((field_match = re.key_access.exec(replacement_field)) !== null) {
                    field_list.push(field_match[1]);
                  } else if ((field_match = re.index_access.exec(replacement_field)) !== null) {
                    field_list.push(field_match[1]);
                  } else {
                    throw new SyntaxError("[sprintf] failed to parse named argument key");
                  }
                }
              } else {
                throw new SyntaxError("[sprintf] failed to parse named argument key");
              }
              match[2] = field_list;
            } else {
              arg_names |= 2;
            }
            if (arg_names === 3) {
              throw new Error("[sprintf] mixing positional and named placeholders is not (yet) supported");
            }
            parse_tree.push(
              {
                placeholder: match[0],
                param_no: match[1],
                keys: match[2],
                sign: match[3],
                pad_char: match[4],
                align: match[5],
                width: match[6],
                precision: match[7],
                type: match[8]
              }
            );
          } else {
            throw new SyntaxError("[sprintf] unexpected placeholder");
          }
          _fmt = _fmt.substring(match[0].length);
        }
        return sprintf_cache[fmt] = parse_tree;
      }
      if (typeof exports !== "undefined") {
        exports["sprintf"] = sprintf;
        exports["vsprintf"] = vsprintf;
      }
      if (typeof window !== "undefined") {
        window["sprintf"] = sprintf;
        window["vsprintf"] = vsprintf;
        if (typeof define === "function" && define["amd"]) {
          define(function() {
            return {
              "sprintf": sprintf,
              "vsprintf": vsprintf
            };
          });
        }
      }
    })();
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js
var require_strings = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/strings.js"(exports, module) {
    var vsprintf = require_sprintf().vsprintf;
    var sprintf = (s, values) => vsprintf(s, values);
    module.exports = { sprintf };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js
var require_regex = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/regex.js"(exports, module) {
    var regexSplit = (pattern, s) => s.split(RegExp(pattern));
    module.exports = { "regex.split": regexSplit };
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/PlainValue-516d5bc2.js
var require_PlainValue_516d5bc2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/PlainValue-516d5bc2.js"(exports) {
    "use strict";
    var Char = {
      ANCHOR: "&",
      COMMENT: "#",
      TAG: "!",
      DIRECTIVES_END: "-",
      DOCUMENT_END: "."
    };
    var Type = {
      ALIAS: "ALIAS",
      BLANK_LINE: "BLANK_LINE",
      BLOCK_FOLDED: "BLOCK_FOLDED",
      BLOCK_LITERAL: "BLOCK_LITERAL",
      COMMENT: "COMMENT",
      DIRECTIVE: "DIRECTIVE",
      DOCUMENT: "DOCUMENT",
      FLOW_MAP: "FLOW_MAP",
      FLOW_SEQ: "FLOW_SEQ",
      MAP: "MAP",
      MAP_KEY: "MAP_KEY",
      MAP_VALUE: "MAP_VALUE",
      PLAIN: "PLAIN",
      QUOTE_DOUBLE: "QUOTE_DOUBLE",
      QUOTE_SINGLE: "QUOTE_SINGLE",
      SEQ: "SEQ",
      SEQ_ITEM: "SEQ_ITEM"
    };
    var defaultTagPrefix = "tag:yaml.org,2002:";
    var defaultTags = {
      MAP: "tag:yaml.org,2002:map",
      SEQ: "tag:yaml.org,2002:seq",
      STR: "tag:yaml.org,2002:str"
    };
    function findLineStarts(src) {
      const ls = [0];
      let offset = src.indexOf("\n");
      while (offset !== -1) {
        offset += 1;
        ls.push(offset);
        offset = src.indexOf("\n", offset);
      }
      return ls;
    }
    function getSrcInfo(cst) {
      let lineStarts, src;
      if (typeof cst === "string") {
        lineStarts = findLineStarts(cst);
        src = cst;
      } else {
        if (Array.isArray(cst)) cst = cst[0];
        if (cst && cst.context) {
          if (!cst.lineStarts) cst.lineStarts = findLineStarts(cst.context.src);
          lineStarts = cst.lineStarts;
          src = cst.context.src;
        }
      }
      return {
        lineStarts,
        src
      };
    }
    function getLinePos(offset, cst) {
      if (typeof offset !== "number" || offset < 0) return null;
      const {
        lineStarts,
        src
      } = getSrcInfo(cst);
      if (!lineStarts || !src || offset > src.length) return null;
      for (let i = 0; i < lineStarts.length; ++i) {
        const start2 = lineStarts[i];
        if (offset < start2) {
          return {
            line: i,
            col: offset - lineStarts[i - 1] + 1
          };
        }
        if (offset === start2) return {
          line: i + 1,
          col: 1
        };
      }
      const line = lineStarts.length;
      return {
        line,
        col: offset - lineStarts[line - 1] + 1
      };
    }
    function getLine(line, cst) {
      const {
        lineStarts,
        src
      } = getSrcInfo(cst);
      if (!lineStarts || !(line >= 1) || line > lineStarts.length) return null;
      const start2 = lineStarts[line - 1];
      let end = lineStarts[line];
      while (end && end > start2 && src[end - 1] === "\n") --end;
      return src.slice(start2, end);
    }
    function getPrettyContext({
      start: start2,
      end
    }, cst, maxWidth = 80) {
      let src = getLine(start2.line, cst);
      if (!src) return null;
      let {
        col
      } = start2;
      if (src.length > maxWidth) {
        if (col <= maxWidth - 10) {
          src = src.substr(0, maxWidth - 1) + "\u2026";
        } else {
          const halfWidth = Math.round(maxWidth / 2);
          if (src.length > col + halfWidth) src = src.substr(0, col + halfWidth - 1) + "\u2026";
          col -= src.length - maxWidth;
          src = "\u2026" + src.substr(1 - maxWidth);
        }
      }
      let errLen = 1;
      let errEnd = "";
      if (end) {
        if (end.line === start2.line && col + (end.col - start2.col) <= maxWidth + 1) {
          errLen = end.col - start2.col;
        } else {
          errLen = Math.min(src.length + 1, maxWidth) - col;
          errEnd = "\u2026";
        }
      }
      const offset = col > 1 ? " ".repeat(col - 1) : "";
      const err = "^".repeat(errLen);
      return `${src}
${offset}${err}${errEnd}`;
    }
    var Range = class _Range {
      static copy(orig) {
        return new _Range(orig.start, orig.end);
      }
      constructor(start2, end) {
        this.start = start2;
        this.end = end || start2;
      }
      isEmpty() {
        return typeof this.start !== "number" || !this.end || this.end <= this.start;
      }
      /**
       * Set `origStart` and `origEnd` to point to the original source range for
       * this node, which may differ due to dropped CR characters.
       *
       * @param {number[]} cr - Positions of dropped CR characters
       * @param {number} offset - Starting index of `cr` from the last call
       * @returns {number} - The next offset, matching the one found for `origStart`
       */
      setOrigRange(cr, offset) {
        const {
          start: start2,
          end
        } = this;
        if (cr.length === 0 || end <= cr[0]) {
          this.origStart = start2;
          this.origEnd = end;
          return offset;
        }
        let i = offset;
        while (i < cr.length) {
          if (cr[i] > start2) break;
          else ++i;
        }
        this.origStart = start2 + i;
        const nextOffset = i;
        while (i < cr.length) {
          if (cr[i] >= end) break;
          else ++i;
        }
        this.origEnd = end + i;
        return nextOffset;
      }
    };
    var Node = class _Node {
      static addStringTerminator(src, offset, str2) {
        if (str2[str2.length - 1] === "\n") return str2;
        const next = _Node.endOfWhiteSpace(src, offset);
        return next >= src.length || src[next] === "\n" ? str2 + "\n" : str2;
      }
      // ^(---|...)
      static atDocumentBoundary(src, offset, sep2) {
        const ch0 = src[offset];
        if (!ch0) return true;
        const prev = src[offset - 1];
        if (prev && prev !== "\n") return false;
        if (sep2) {
          if (ch0 !== sep2) return false;
        } else {
          if (ch0 !== Char.DIRECTIVES_END && ch0 !== Char.DOCUMENT_END) return false;
        }
        const ch1 = src[offset + 1];
        const ch2 = src[offset + 2];
        if (ch1 !== ch0 || ch2 !== ch0) return false;
        const ch3 = src[offset + 3];
        return !ch3 || ch3 === "\n" || ch3 === "	" || ch3 === " ";
      }
      static endOfIdentifier(src, offset) {
        let ch = src[offset];
        const isVerbatim = ch === "<";
        const notOk = isVerbatim ? ["\n", "	", " ", ">"] : ["\n", "	", " ", "[", "]", "{", "}", ","];
        while (ch && notOk.indexOf(ch) === -1) ch = src[offset += 1];
        if (isVerbatim && ch === ">") offset += 1;
        return offset;
      }
      static endOfIndent(src, offset) {
        let ch = src[offset];
        while (ch === " ") ch = src[offset += 1];
        return offset;
      }
      static endOfLine(src, offset) {
        let ch = src[offset];
        while (ch && ch !== "\n") ch = src[offset += 1];
        return offset;
      }
      static endOfWhiteSpace(src, offset) {
        let ch = src[offset];
        while (ch === "	" || ch === " ") ch = src[offset += 1];
        return offset;
      }
      static startOfLine(src, offset) {
        let ch = src[offset - 1];
        if (ch === "\n") return offset;
        while (ch && ch !== "\n") ch = src[offset -= 1];
        return offset + 1;
      }
      /**
       * End of indentation, or null if the line's indent level is not more
       * than `indent`
       *
       * @param {string} src
       * @param {number} indent
       * @param {number} lineStart
       * @returns {?number}
       */
      static endOfBlockIndent(src, indent, lineStart) {
        const inEnd = _Node.endOfIndent(src, lineStart);
        if (inEnd > lineStart + indent) {
          return inEnd;
        } else {
          const wsEnd = _Node.endOfWhiteSpace(src, inEnd);
          const ch = src[wsEnd];
          if (!ch || ch === "\n") return wsEnd;
        }
        return null;
      }
      static atBlank(src, offset, endAsBlank) {
        const ch = src[offset];
        return ch === "\n" || ch === "	" || ch === " " || endAsBlank && !ch;
      }
      static nextNodeIsIndented(ch, indentDiff, indicatorAsIndent) {
        if (!ch || indentDiff < 0) return false;
        if (indentDiff > 0) return true;
        return indicatorAsIndent && ch === "-";
      }
      // should be at line or string end, or at next non-whitespace char
      static normalizeOffset(src, offset) {
        const ch = src[offset];
        return !ch ? offset : ch !== "\n" && src[offset - 1] === "\n" ? offset - 1 : _Node.endOfWhiteSpace(src, offset);
      }
      // fold single newline into space, multiple newlines to N - 1 newlines
      // presumes src[offset] === '\n'
      static foldNewline(src, offset, indent) {
        let inCount = 0;
        let error = false;
        let fold = "";
        let ch = src[offset + 1];
        while (ch === " " || ch === "	" || ch === "\n") {
          switch (ch) {
            case "\n":
              inCount = 0;
              offset += 1;
              fold += "\n";
              break;
            case "	":
              if (inCount <= indent) error = true;
              offset = _Node.endOfWhiteSpace(src, offset + 2) - 1;
              break;
            case " ":
              inCount += 1;
              offset += 1;
              break;
          }
          ch = src[offset + 1];
        }
        if (!fold) fold = " ";
        if (ch && inCount <= indent) error = true;
        return {
          fold,
          offset,
          error
        };
      }
      constructor(type, props, context) {
        Object.defineProperty(this, "context", {
          value: context || null,
          writable: true
        });
        this.error = null;
        this.range = null;
        this.valueRange = null;
        this.props = props || [];
        this.type = type;
        this.value = null;
      }
      getPropValue(idx, key, skipKey) {
        if (!this.context) return null;
        const {
          src
        } = this.context;
        const prop = this.props[idx];
        return prop && src[prop.start] === key ? src.slice(prop.start + (skipKey ? 1 : 0), prop.end) : null;
      }
      get anchor() {
        for (let i = 0; i < this.props.length; ++i) {
          const anchor = this.getPropValue(i, Char.ANCHOR, true);
          if (anchor != null) return anchor;
        }
        return null;
      }
      get comment() {
        const comments = [];
        for (let i = 0; i < this.props.length; ++i) {
          const comment = this.getPropValue(i, Char.COMMENT, true);
          if (comment != null) comments.push(comment);
        }
        return comments.length > 0 ? comments.join("\n") : null;
      }
      commentHasRequiredWhitespace(start2) {
        const {
          src
        } = this.context;
        if (this.header && start2 === this.header.end) return false;
        if (!this.valueRange) return false;
        const {
          end
        } = this.valueRange;
        return start2 !== end || _Node.atBlank(src, end - 1);
      }
      get hasComment() {
        if (this.context) {
          const {
            src
          } = this.context;
          for (let i = 0; i < this.props.length; ++i) {
            if (src[this.props[i].start] === Char.COMMENT) return true;
          }
        }
        return false;
      }
      get hasProps() {
        if (this.context) {
          const {
            src
          } = this.context;
          for (let i = 0; i < this.props.length; ++i) {
            if (src[this.props[i].start] !== Char.COMMENT) return true;
          }
        }
        return false;
      }
      get includesTrailingLines() {
        return false;
      }
      get jsonLike() {
        const jsonLikeTypes = [Type.FLOW_MAP, Type.FLOW_SEQ, Type.QUOTE_DOUBLE, Type.QUOTE_SINGLE];
        return jsonLikeTypes.indexOf(this.type) !== -1;
      }
      get rangeAsLinePos() {
        if (!this.range || !this.context) return void 0;
        const start2 = getLinePos(this.range.start, this.context.root);
        if (!start2) return void 0;
        const end = getLinePos(this.range.end, this.context.root);
        return {
          start: start2,
          end
        };
      }
      get rawValue() {
        if (!this.valueRange || !this.context) return null;
        const {
          start: start2,
          end
        } = this.valueRange;
        return this.context.src.slice(start2, end);
      }
      get tag() {
        for (let i = 0; i < this.props.length; ++i) {
          const tag = this.getPropValue(i, Char.TAG, false);
          if (tag != null) {
            if (tag[1] === "<") {
              return {
                verbatim: tag.slice(2, -1)
              };
            } else {
              const [_, handle, suffix] = tag.match(/^(.*!)([^!]*)$/);
              return {
                handle,
                suffix
              };
            }
          }
        }
        return null;
      }
      get valueRangeContainsNewline() {
        if (!this.valueRange || !this.context) return false;
        const {
          start: start2,
          end
        } = this.valueRange;
        const {
          src
        } = this.context;
        for (let i = start2; i < end; ++i) {
          if (src[i] === "\n") return true;
        }
        return false;
      }
      parseComment(start2) {
        const {
          src
        } = this.context;
        if (src[start2] === Char.COMMENT) {
          const end = _Node.endOfLine(src, start2 + 1);
          const commentRange = new Range(start2, end);
          this.props.push(commentRange);
          return end;
        }
        return start2;
      }
      /**
       * Populates the `origStart` and `origEnd` values of all ranges for this
       * node. Extended by child classes to handle descendant nodes.
       *
       * @param {number[]} cr - Positions of dropped CR characters
       * @param {number} offset - Starting index of `cr` from the last call
       * @returns {number} - The next offset, matching the one found for `origStart`
       */
      setOrigRanges(cr, offset) {
        if (this.range) offset = this.range.setOrigRange(cr, offset);
        if (this.valueRange) this.valueRange.setOrigRange(cr, offset);
        this.props.forEach((prop) => prop.setOrigRange(cr, offset));
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          range,
          value
        } = this;
        if (value != null) return value;
        const str2 = src.slice(range.start, range.end);
        return _Node.addStringTerminator(src, range.end, str2);
      }
    };
    var YAMLError = class extends Error {
      constructor(name, source, message) {
        if (!message || !(source instanceof Node)) throw new Error(`Invalid arguments for new ${name}`);
        super();
        this.name = name;
        this.message = message;
        this.source = source;
      }
      makePretty() {
        if (!this.source) return;
        this.nodeType = this.source.type;
        const cst = this.source.context && this.source.context.root;
        if (typeof this.offset === "number") {
          this.range = new Range(this.offset, this.offset + 1);
          const start2 = cst && getLinePos(this.offset, cst);
          if (start2) {
            const end = {
              line: start2.line,
              col: start2.col + 1
            };
            this.linePos = {
              start: start2,
              end
            };
          }
          delete this.offset;
        } else {
          this.range = this.source.range;
          this.linePos = this.source.rangeAsLinePos;
        }
        if (this.linePos) {
          const {
            line,
            col
          } = this.linePos.start;
          this.message += ` at line ${line}, column ${col}`;
          const ctx = cst && getPrettyContext(this.linePos, cst);
          if (ctx) this.message += `:

${ctx}
`;
        }
        delete this.source;
      }
    };
    var YAMLReferenceError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLReferenceError", source, message);
      }
    };
    var YAMLSemanticError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLSemanticError", source, message);
      }
    };
    var YAMLSyntaxError = class extends YAMLError {
      constructor(source, message) {
        super("YAMLSyntaxError", source, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(source, message) {
        super("YAMLWarning", source, message);
      }
    };
    function _defineProperty(e, r, t) {
      return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
        value: t,
        enumerable: true,
        configurable: true,
        writable: true
      }) : e[r] = t, e;
    }
    function _toPrimitive(t, r) {
      if ("object" != typeof t || !t) return t;
      var e = t[Symbol.toPrimitive];
      if (void 0 !== e) {
        var i = e.call(t, r || "default");
        if ("object" != typeof i) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === r ? String : Number)(t);
    }
    function _toPropertyKey(t) {
      var i = _toPrimitive(t, "string");
      return "symbol" == typeof i ? i : i + "";
    }
    var PlainValue = class _PlainValue extends Node {
      static endOfLine(src, start2, inFlow) {
        let ch = src[start2];
        let offset = start2;
        while (ch && ch !== "\n") {
          if (inFlow && (ch === "[" || ch === "]" || ch === "{" || ch === "}" || ch === ",")) break;
          const next = src[offset + 1];
          if (ch === ":" && (!next || next === "\n" || next === "	" || next === " " || inFlow && next === ",")) break;
          if ((ch === " " || ch === "	") && next === "#") break;
          offset += 1;
          ch = next;
        }
        return offset;
      }
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start: start2,
          end
        } = this.valueRange;
        const {
          src
        } = this.context;
        let ch = src[end - 1];
        while (start2 < end && (ch === "\n" || ch === "	" || ch === " ")) ch = src[--end - 1];
        let str2 = "";
        for (let i = start2; i < end; ++i) {
          const ch2 = src[i];
          if (ch2 === "\n") {
            const {
              fold,
              offset
            } = Node.foldNewline(src, i, -1);
            str2 += fold;
            i = offset;
          } else if (ch2 === " " || ch2 === "	") {
            const wsStart = i;
            let next = src[i + 1];
            while (i < end && (next === " " || next === "	")) {
              i += 1;
              next = src[i + 1];
            }
            if (next !== "\n") str2 += i > wsStart ? src.slice(wsStart, i + 1) : ch2;
          } else {
            str2 += ch2;
          }
        }
        const ch0 = src[start2];
        switch (ch0) {
          case "	": {
            const msg = "Plain value cannot start with a tab character";
            const errors = [new YAMLSemanticError(this, msg)];
            return {
              errors,
              str: str2
            };
          }
          case "@":
          case "`": {
            const msg = `Plain value cannot start with reserved character ${ch0}`;
            const errors = [new YAMLSemanticError(this, msg)];
            return {
              errors,
              str: str2
            };
          }
          default:
            return str2;
        }
      }
      parseBlockValue(start2) {
        const {
          indent,
          inFlow,
          src
        } = this.context;
        let offset = start2;
        let valueEnd3 = start2;
        for (let ch = src[offset]; ch === "\n"; ch = src[offset]) {
          if (Node.atDocumentBoundary(src, offset + 1)) break;
          const end = Node.endOfBlockIndent(src, indent, offset + 1);
          if (end === null || src[end] === "#") break;
          if (src[end] === "\n") {
            offset = end;
          } else {
            valueEnd3 = _PlainValue.endOfLine(src, end, inFlow);
            offset = valueEnd3;
          }
        }
        if (this.valueRange.isEmpty()) this.valueRange.start = start2;
        this.valueRange.end = valueEnd3;
        return valueEnd3;
      }
      /**
       * Parses a plain value from the source
       *
       * Accepted forms are:
       * ```
       * #comment
       *
       * first line
       *
       * first line #comment
       *
       * first line
       * block
       * lines
       *
       * #comment
       * block
       * lines
       * ```
       * where block lines are empty or have an indent level greater than `indent`.
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar, may be `\n`
       */
      parse(context, start2) {
        this.context = context;
        const {
          inFlow,
          src
        } = context;
        let offset = start2;
        const ch = src[offset];
        if (ch && ch !== "#" && ch !== "\n") {
          offset = _PlainValue.endOfLine(src, start2, inFlow);
        }
        this.valueRange = new Range(start2, offset);
        offset = Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        if (!this.hasComment || this.valueRange.isEmpty()) {
          offset = this.parseBlockValue(offset);
        }
        return offset;
      }
    };
    exports.Char = Char;
    exports.Node = Node;
    exports.PlainValue = PlainValue;
    exports.Range = Range;
    exports.Type = Type;
    exports.YAMLError = YAMLError;
    exports.YAMLReferenceError = YAMLReferenceError;
    exports.YAMLSemanticError = YAMLSemanticError;
    exports.YAMLSyntaxError = YAMLSyntaxError;
    exports.YAMLWarning = YAMLWarning;
    exports._defineProperty = _defineProperty;
    exports.defaultTagPrefix = defaultTagPrefix;
    exports.defaultTags = defaultTags;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/parse-cst.js
var require_parse_cst = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/parse-cst.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var BlankLine = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.BLANK_LINE);
      }
      /* istanbul ignore next */
      get includesTrailingLines() {
        return true;
      }
      /**
       * Parses a blank line from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first \n character
       * @returns {number} - Index of the character after this
       */
      parse(context, start2) {
        this.context = context;
        this.range = new PlainValue.Range(start2, start2 + 1);
        return start2 + 1;
      }
    };
    var CollectionItem = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.node = null;
      }
      get includesTrailingLines() {
        return !!this.node && this.node.includesTrailingLines;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start2) {
        this.context = context;
        const {
          parseNode,
          src
        } = context;
        let {
          atLineStart,
          lineStart
        } = context;
        if (!atLineStart && this.type === PlainValue.Type.SEQ_ITEM) this.error = new PlainValue.YAMLSemanticError(this, "Sequence items must not have preceding content on the same line");
        const indent = atLineStart ? start2 - lineStart : context.indent;
        let offset = PlainValue.Node.endOfWhiteSpace(src, start2 + 1);
        let ch = src[offset];
        const inlineComment = ch === "#";
        const comments = [];
        let blankLine = null;
        while (ch === "\n" || ch === "#") {
          if (ch === "#") {
            const end2 = PlainValue.Node.endOfLine(src, offset + 1);
            comments.push(new PlainValue.Range(offset, end2));
            offset = end2;
          } else {
            atLineStart = true;
            lineStart = offset + 1;
            const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
            if (src[wsEnd] === "\n" && comments.length === 0) {
              blankLine = new BlankLine();
              lineStart = blankLine.parse({
                src
              }, lineStart);
            }
            offset = PlainValue.Node.endOfIndent(src, lineStart);
          }
          ch = src[offset];
        }
        if (PlainValue.Node.nextNodeIsIndented(ch, offset - (lineStart + indent), this.type !== PlainValue.Type.SEQ_ITEM)) {
          this.node = parseNode({
            atLineStart,
            inCollection: false,
            indent,
            lineStart,
            parent: this
          }, offset);
        } else if (ch && lineStart > start2 + 1) {
          offset = lineStart - 1;
        }
        if (this.node) {
          if (blankLine) {
            const items = context.parent.items || context.parent.contents;
            if (items) items.push(blankLine);
          }
          if (comments.length) Array.prototype.push.apply(this.props, comments);
          offset = this.node.range.end;
        } else {
          if (inlineComment) {
            const c = comments[0];
            this.props.push(c);
            offset = c.end;
          } else {
            offset = PlainValue.Node.endOfLine(src, start2 + 1);
          }
        }
        const end = this.node ? this.node.valueRange.end : offset;
        this.valueRange = new PlainValue.Range(start2, end);
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        return this.node ? this.node.setOrigRanges(cr, offset) : offset;
      }
      toString() {
        const {
          context: {
            src
          },
          node,
          range,
          value
        } = this;
        if (value != null) return value;
        const str2 = node ? src.slice(range.start, node.range.start) + String(node) : src.slice(range.start, range.end);
        return PlainValue.Node.addStringTerminator(src, range.end, str2);
      }
    };
    var Comment = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.COMMENT);
      }
      /**
       * Parses a comment line from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start2) {
        this.context = context;
        const offset = this.parseComment(start2);
        this.range = new PlainValue.Range(start2, offset);
        return offset;
      }
    };
    function grabCollectionEndComments(node) {
      let cnode = node;
      while (cnode instanceof CollectionItem) cnode = cnode.node;
      if (!(cnode instanceof Collection)) return null;
      const len = cnode.items.length;
      let ci = -1;
      for (let i = len - 1; i >= 0; --i) {
        const n2 = cnode.items[i];
        if (n2.type === PlainValue.Type.COMMENT) {
          const {
            indent,
            lineStart
          } = n2.context;
          if (indent > 0 && n2.range.start >= lineStart + indent) break;
          ci = i;
        } else if (n2.type === PlainValue.Type.BLANK_LINE) ci = i;
        else break;
      }
      if (ci === -1) return null;
      const ca = cnode.items.splice(ci, len - ci);
      const prevEnd = ca[0].range.start;
      while (true) {
        cnode.range.end = prevEnd;
        if (cnode.valueRange && cnode.valueRange.end > prevEnd) cnode.valueRange.end = prevEnd;
        if (cnode === node) break;
        cnode = cnode.context.parent;
      }
      return ca;
    }
    var Collection = class _Collection extends PlainValue.Node {
      static nextContentHasIndent(src, offset, indent) {
        const lineStart = PlainValue.Node.endOfLine(src, offset) + 1;
        offset = PlainValue.Node.endOfWhiteSpace(src, lineStart);
        const ch = src[offset];
        if (!ch) return false;
        if (offset >= lineStart + indent) return true;
        if (ch !== "#" && ch !== "\n") return false;
        return _Collection.nextContentHasIndent(src, offset, indent);
      }
      constructor(firstItem) {
        super(firstItem.type === PlainValue.Type.SEQ_ITEM ? PlainValue.Type.SEQ : PlainValue.Type.MAP);
        for (let i = firstItem.props.length - 1; i >= 0; --i) {
          if (firstItem.props[i].start < firstItem.context.lineStart) {
            this.props = firstItem.props.slice(0, i + 1);
            firstItem.props = firstItem.props.slice(i + 1);
            const itemRange = firstItem.props[0] || firstItem.valueRange;
            firstItem.range.start = itemRange.start;
            break;
          }
        }
        this.items = [firstItem];
        const ec = grabCollectionEndComments(firstItem);
        if (ec) Array.prototype.push.apply(this.items, ec);
      }
      get includesTrailingLines() {
        return this.items.length > 0;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start2) {
        this.context = context;
        const {
          parseNode,
          src
        } = context;
        let lineStart = PlainValue.Node.startOfLine(src, start2);
        const firstItem = this.items[0];
        firstItem.context.parent = this;
        this.valueRange = PlainValue.Range.copy(firstItem.valueRange);
        const indent = firstItem.range.start - firstItem.context.lineStart;
        let offset = start2;
        offset = PlainValue.Node.normalizeOffset(src, offset);
        let ch = src[offset];
        let atLineStart = PlainValue.Node.endOfWhiteSpace(src, lineStart) === offset;
        let prevIncludesTrailingLines = false;
        while (ch) {
          while (ch === "\n" || ch === "#") {
            if (atLineStart && ch === "\n" && !prevIncludesTrailingLines) {
              const blankLine = new BlankLine();
              offset = blankLine.parse({
                src
              }, offset);
              this.valueRange.end = offset;
              if (offset >= src.length) {
                ch = null;
                break;
              }
              this.items.push(blankLine);
              offset -= 1;
            } else if (ch === "#") {
              if (offset < lineStart + indent && !_Collection.nextContentHasIndent(src, offset, indent)) {
                return offset;
              }
              const comment = new Comment();
              offset = comment.parse({
                indent,
                lineStart,
                src
              }, offset);
              this.items.push(comment);
              this.valueRange.end = offset;
              if (offset >= src.length) {
                ch = null;
                break;
              }
            }
            lineStart = offset + 1;
            offset = PlainValue.Node.endOfIndent(src, lineStart);
            if (PlainValue.Node.atBlank(src, offset)) {
              const wsEnd = PlainValue.Node.endOfWhiteSpace(src, offset);
              const next = src[wsEnd];
              if (!next || next === "\n" || next === "#") {
                offset = wsEnd;
              }
            }
            ch = src[offset];
            atLineStart = true;
          }
          if (!ch) {
            break;
          }
          if (offset !== lineStart + indent && (atLineStart || ch !== ":")) {
            if (offset < lineStart + indent) {
              if (lineStart > start2) offset = lineStart;
              break;
            } else if (!this.error) {
              const msg = "All collection items must start at the same column";
              this.error = new PlainValue.YAMLSyntaxError(this, msg);
            }
          }
          if (firstItem.type === PlainValue.Type.SEQ_ITEM) {
            if (ch !== "-") {
              if (lineStart > start2) offset = lineStart;
              break;
            }
          } else if (ch === "-" && !this.error) {
            const next = src[offset + 1];
            if (!next || next === "\n" || next === "	" || next === " ") {
              const msg = "A collection cannot be both a mapping and a sequence";
              this.error = new PlainValue.YAMLSyntaxError(this, msg);
            }
          }
          const node = parseNode({
            atLineStart,
            inCollection: true,
            indent,
            lineStart,
            parent: this
          }, offset);
          if (!node) return offset;
          this.items.push(node);
          this.valueRange.end = node.valueRange.end;
          offset = PlainValue.Node.normalizeOffset(src, node.range.end);
          ch = src[offset];
          atLineStart = false;
          prevIncludesTrailingLines = node.includesTrailingLines;
          if (ch) {
            let ls = offset - 1;
            let prev = src[ls];
            while (prev === " " || prev === "	") prev = src[--ls];
            if (prev === "\n") {
              lineStart = ls + 1;
              atLineStart = true;
            }
          }
          const ec = grabCollectionEndComments(node);
          if (ec) Array.prototype.push.apply(this.items, ec);
        }
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        this.items.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        });
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          items,
          range,
          value
        } = this;
        if (value != null) return value;
        let str2 = src.slice(range.start, items[0].range.start) + String(items[0]);
        for (let i = 1; i < items.length; ++i) {
          const item = items[i];
          const {
            atLineStart,
            indent
          } = item.context;
          if (atLineStart) for (let i2 = 0; i2 < indent; ++i2) str2 += " ";
          str2 += String(item);
        }
        return PlainValue.Node.addStringTerminator(src, range.end, str2);
      }
    };
    var Directive = class extends PlainValue.Node {
      constructor() {
        super(PlainValue.Type.DIRECTIVE);
        this.name = null;
      }
      get parameters() {
        const raw = this.rawValue;
        return raw ? raw.trim().split(/[ \t]+/) : [];
      }
      parseName(start2) {
        const {
          src
        } = this.context;
        let offset = start2;
        let ch = src[offset];
        while (ch && ch !== "\n" && ch !== "	" && ch !== " ") ch = src[offset += 1];
        this.name = src.slice(start2, offset);
        return offset;
      }
      parseParameters(start2) {
        const {
          src
        } = this.context;
        let offset = start2;
        let ch = src[offset];
        while (ch && ch !== "\n" && ch !== "#") ch = src[offset += 1];
        this.valueRange = new PlainValue.Range(start2, offset);
        return offset;
      }
      parse(context, start2) {
        this.context = context;
        let offset = this.parseName(start2 + 1);
        offset = this.parseParameters(offset);
        offset = this.parseComment(offset);
        this.range = new PlainValue.Range(start2, offset);
        return offset;
      }
    };
    var Document = class _Document extends PlainValue.Node {
      static startCommentOrEndBlankLine(src, start2) {
        const offset = PlainValue.Node.endOfWhiteSpace(src, start2);
        const ch = src[offset];
        return ch === "#" || ch === "\n" ? offset : start2;
      }
      constructor() {
        super(PlainValue.Type.DOCUMENT);
        this.directives = null;
        this.contents = null;
        this.directivesEndMarker = null;
        this.documentEndMarker = null;
      }
      parseDirectives(start2) {
        const {
          src
        } = this.context;
        this.directives = [];
        let atLineStart = true;
        let hasDirectives = false;
        let offset = start2;
        while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DIRECTIVES_END)) {
          offset = _Document.startCommentOrEndBlankLine(src, offset);
          switch (src[offset]) {
            case "\n":
              if (atLineStart) {
                const blankLine = new BlankLine();
                offset = blankLine.parse({
                  src
                }, offset);
                if (offset < src.length) {
                  this.directives.push(blankLine);
                }
              } else {
                offset += 1;
                atLineStart = true;
              }
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.directives.push(comment);
                atLineStart = false;
              }
              break;
            case "%":
              {
                const directive = new Directive();
                offset = directive.parse({
                  parent: this,
                  src
                }, offset);
                this.directives.push(directive);
                hasDirectives = true;
                atLineStart = false;
              }
              break;
            default:
              if (hasDirectives) {
                this.error = new PlainValue.YAMLSemanticError(this, "Missing directives-end indicator line");
              } else if (this.directives.length > 0) {
                this.contents = this.directives;
                this.directives = [];
              }
              return offset;
          }
        }
        if (src[offset]) {
          this.directivesEndMarker = new PlainValue.Range(offset, offset + 3);
          return offset + 3;
        }
        if (hasDirectives) {
          this.error = new PlainValue.YAMLSemanticError(this, "Missing directives-end indicator line");
        } else if (this.directives.length > 0) {
          this.contents = this.directives;
          this.directives = [];
        }
        return offset;
      }
      parseContents(start2) {
        const {
          parseNode,
          src
        } = this.context;
        if (!this.contents) this.contents = [];
        let lineStart = start2;
        while (src[lineStart - 1] === "-") lineStart -= 1;
        let offset = PlainValue.Node.endOfWhiteSpace(src, start2);
        let atLineStart = lineStart === start2;
        this.valueRange = new PlainValue.Range(offset);
        while (!PlainValue.Node.atDocumentBoundary(src, offset, PlainValue.Char.DOCUMENT_END)) {
          switch (src[offset]) {
            case "\n":
              if (atLineStart) {
                const blankLine = new BlankLine();
                offset = blankLine.parse({
                  src
                }, offset);
                if (offset < src.length) {
                  this.contents.push(blankLine);
                }
              } else {
                offset += 1;
                atLineStart = true;
              }
              lineStart = offset;
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.contents.push(comment);
                atLineStart = false;
              }
              break;
            default: {
              const iEnd = PlainValue.Node.endOfIndent(src, offset);
              const context = {
                atLineStart,
                indent: -1,
                inFlow: false,
                inCollection: false,
                lineStart,
                parent: this
              };
              const node = parseNode(context, iEnd);
              if (!node) return this.valueRange.end = iEnd;
              this.contents.push(node);
              offset = node.range.end;
              atLineStart = false;
              const ec = grabCollectionEndComments(node);
              if (ec) Array.prototype.push.apply(this.contents, ec);
            }
          }
          offset = _Document.startCommentOrEndBlankLine(src, offset);
        }
        this.valueRange.end = offset;
        if (src[offset]) {
          this.documentEndMarker = new PlainValue.Range(offset, offset + 3);
          offset += 3;
          if (src[offset]) {
            offset = PlainValue.Node.endOfWhiteSpace(src, offset);
            if (src[offset] === "#") {
              const comment = new Comment();
              offset = comment.parse({
                src
              }, offset);
              this.contents.push(comment);
            }
            switch (src[offset]) {
              case "\n":
                offset += 1;
                break;
              case void 0:
                break;
              default:
                this.error = new PlainValue.YAMLSyntaxError(this, "Document end marker line cannot have a non-comment suffix");
            }
          }
        }
        return offset;
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start2) {
        context.root = this;
        this.context = context;
        const {
          src
        } = context;
        let offset = src.charCodeAt(start2) === 65279 ? start2 + 1 : start2;
        offset = this.parseDirectives(offset);
        offset = this.parseContents(offset);
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        this.directives.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        });
        if (this.directivesEndMarker) offset = this.directivesEndMarker.setOrigRange(cr, offset);
        this.contents.forEach((node) => {
          offset = node.setOrigRanges(cr, offset);
        });
        if (this.documentEndMarker) offset = this.documentEndMarker.setOrigRange(cr, offset);
        return offset;
      }
      toString() {
        const {
          contents,
          directives,
          value
        } = this;
        if (value != null) return value;
        let str2 = directives.join("");
        if (contents.length > 0) {
          if (directives.length > 0 || contents[0].type === PlainValue.Type.COMMENT) str2 += "---\n";
          str2 += contents.join("");
        }
        if (str2[str2.length - 1] !== "\n") str2 += "\n";
        return str2;
      }
    };
    var Alias = class extends PlainValue.Node {
      /**
       * Parses an *alias from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start2) {
        this.context = context;
        const {
          src
        } = context;
        let offset = PlainValue.Node.endOfIdentifier(src, start2 + 1);
        this.valueRange = new PlainValue.Range(start2 + 1, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    var Chomp = {
      CLIP: "CLIP",
      KEEP: "KEEP",
      STRIP: "STRIP"
    };
    var BlockValue = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.blockIndent = null;
        this.chomping = Chomp.CLIP;
        this.header = null;
      }
      get includesTrailingLines() {
        return this.chomping === Chomp.KEEP;
      }
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        let {
          start: start2,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (this.valueRange.isEmpty()) return "";
        let lastNewLine = null;
        let ch = src[end - 1];
        while (ch === "\n" || ch === "	" || ch === " ") {
          end -= 1;
          if (end <= start2) {
            if (this.chomping === Chomp.KEEP) break;
            else return "";
          }
          if (ch === "\n") lastNewLine = end;
          ch = src[end - 1];
        }
        let keepStart = end + 1;
        if (lastNewLine) {
          if (this.chomping === Chomp.KEEP) {
            keepStart = lastNewLine;
            end = this.valueRange.end;
          } else {
            end = lastNewLine;
          }
        }
        const bi = indent + this.blockIndent;
        const folded = this.type === PlainValue.Type.BLOCK_FOLDED;
        let atStart = true;
        let str2 = "";
        let sep2 = "";
        let prevMoreIndented = false;
        for (let i = start2; i < end; ++i) {
          for (let j = 0; j < bi; ++j) {
            if (src[i] !== " ") break;
            i += 1;
          }
          const ch2 = src[i];
          if (ch2 === "\n") {
            if (sep2 === "\n") str2 += "\n";
            else sep2 = "\n";
          } else {
            const lineEnd2 = PlainValue.Node.endOfLine(src, i);
            const line = src.slice(i, lineEnd2);
            i = lineEnd2;
            if (folded && (ch2 === " " || ch2 === "	") && i < keepStart) {
              if (sep2 === " ") sep2 = "\n";
              else if (!prevMoreIndented && !atStart && sep2 === "\n") sep2 = "\n\n";
              str2 += sep2 + line;
              sep2 = lineEnd2 < end && src[lineEnd2] || "";
              prevMoreIndented = true;
            } else {
              str2 += sep2 + line;
              sep2 = folded && i < keepStart ? " " : "\n";
              prevMoreIndented = false;
            }
            if (atStart && line !== "") atStart = false;
          }
        }
        return this.chomping === Chomp.STRIP ? str2 : str2 + "\n";
      }
      parseBlockHeader(start2) {
        const {
          src
        } = this.context;
        let offset = start2 + 1;
        let bi = "";
        while (true) {
          const ch = src[offset];
          switch (ch) {
            case "-":
              this.chomping = Chomp.STRIP;
              break;
            case "+":
              this.chomping = Chomp.KEEP;
              break;
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
            case "8":
            case "9":
              bi += ch;
              break;
            default:
              this.blockIndent = Number(bi) || null;
              this.header = new PlainValue.Range(start2, offset);
              return offset;
          }
          offset += 1;
        }
      }
      parseBlockValue(start2) {
        const {
          indent,
          src
        } = this.context;
        const explicit = !!this.blockIndent;
        let offset = start2;
        let valueEnd3 = start2;
        let minBlockIndent = 1;
        for (let ch = src[offset]; ch === "\n"; ch = src[offset]) {
          offset += 1;
          if (PlainValue.Node.atDocumentBoundary(src, offset)) break;
          const end = PlainValue.Node.endOfBlockIndent(src, indent, offset);
          if (end === null) break;
          const ch2 = src[end];
          const lineIndent = end - (offset + indent);
          if (!this.blockIndent) {
            if (src[end] !== "\n") {
              if (lineIndent < minBlockIndent) {
                const msg = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
                this.error = new PlainValue.YAMLSemanticError(this, msg);
              }
              this.blockIndent = lineIndent;
            } else if (lineIndent > minBlockIndent) {
              minBlockIndent = lineIndent;
            }
          } else if (ch2 && ch2 !== "\n" && lineIndent < this.blockIndent) {
            if (src[end] === "#") break;
            if (!this.error) {
              const src2 = explicit ? "explicit indentation indicator" : "first line";
              const msg = `Block scalars must not be less indented than their ${src2}`;
              this.error = new PlainValue.YAMLSemanticError(this, msg);
            }
          }
          if (src[end] === "\n") {
            offset = end;
          } else {
            offset = valueEnd3 = PlainValue.Node.endOfLine(src, end);
          }
        }
        if (this.chomping !== Chomp.KEEP) {
          offset = src[valueEnd3] ? valueEnd3 + 1 : valueEnd3;
        }
        this.valueRange = new PlainValue.Range(start2 + 1, offset);
        return offset;
      }
      /**
       * Parses a block value from the source
       *
       * Accepted forms are:
       * ```
       * BS
       * block
       * lines
       *
       * BS #comment
       * block
       * lines
       * ```
       * where the block style BS matches the regexp `[|>][-+1-9]*` and block lines
       * are empty or have an indent level greater than `indent`.
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this block
       */
      parse(context, start2) {
        this.context = context;
        const {
          src
        } = context;
        let offset = this.parseBlockHeader(start2);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        offset = this.parseBlockValue(offset);
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        return this.header ? this.header.setOrigRange(cr, offset) : offset;
      }
    };
    var FlowCollection = class extends PlainValue.Node {
      constructor(type, props) {
        super(type, props);
        this.items = null;
      }
      prevNodeIsJsonLike(idx = this.items.length) {
        const node = this.items[idx - 1];
        return !!node && (node.jsonLike || node.type === PlainValue.Type.COMMENT && this.prevNodeIsJsonLike(idx - 1));
      }
      /**
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this
       */
      parse(context, start2) {
        this.context = context;
        const {
          parseNode,
          src
        } = context;
        let {
          indent,
          lineStart
        } = context;
        let char = src[start2];
        this.items = [{
          char,
          offset: start2
        }];
        let offset = PlainValue.Node.endOfWhiteSpace(src, start2 + 1);
        char = src[offset];
        while (char && char !== "]" && char !== "}") {
          switch (char) {
            case "\n":
              {
                lineStart = offset + 1;
                const wsEnd = PlainValue.Node.endOfWhiteSpace(src, lineStart);
                if (src[wsEnd] === "\n") {
                  const blankLine = new BlankLine();
                  lineStart = blankLine.parse({
                    src
                  }, lineStart);
                  this.items.push(blankLine);
                }
                offset = PlainValue.Node.endOfIndent(src, lineStart);
                if (offset <= lineStart + indent) {
                  char = src[offset];
                  if (offset < lineStart + indent || char !== "]" && char !== "}") {
                    const msg = "Insufficient indentation in flow collection";
                    this.error = new PlainValue.YAMLSemanticError(this, msg);
                  }
                }
              }
              break;
            case ",":
              {
                this.items.push({
                  char,
                  offset
                });
                offset += 1;
              }
              break;
            case "#":
              {
                const comment = new Comment();
                offset = comment.parse({
                  src
                }, offset);
                this.items.push(comment);
              }
              break;
            case "?":
            case ":": {
              const next = src[offset + 1];
              if (next === "\n" || next === "	" || next === " " || next === "," || // in-flow : after JSON-like key does not need to be followed by whitespace
              char === ":" && this.prevNodeIsJsonLike()) {
                this.items.push({
                  char,
                  offset
                });
                offset += 1;
                break;
              }
            }
            // fallthrough
            default: {
              const node = parseNode({
                atLineStart: false,
                inCollection: false,
                inFlow: true,
                indent: -1,
                lineStart,
                parent: this
              }, offset);
              if (!node) {
                this.valueRange = new PlainValue.Range(start2, offset);
                return offset;
              }
              this.items.push(node);
              offset = PlainValue.Node.normalizeOffset(src, node.range.end);
            }
          }
          offset = PlainValue.Node.endOfWhiteSpace(src, offset);
          char = src[offset];
        }
        this.valueRange = new PlainValue.Range(start2, offset + 1);
        if (char) {
          this.items.push({
            char,
            offset
          });
          offset = PlainValue.Node.endOfWhiteSpace(src, offset + 1);
          offset = this.parseComment(offset);
        }
        return offset;
      }
      setOrigRanges(cr, offset) {
        offset = super.setOrigRanges(cr, offset);
        this.items.forEach((node) => {
          if (node instanceof PlainValue.Node) {
            offset = node.setOrigRanges(cr, offset);
          } else if (cr.length === 0) {
            node.origOffset = node.offset;
          } else {
            let i = offset;
            while (i < cr.length) {
              if (cr[i] > node.offset) break;
              else ++i;
            }
            node.origOffset = node.offset + i;
            offset = i;
          }
        });
        return offset;
      }
      toString() {
        const {
          context: {
            src
          },
          items,
          range,
          value
        } = this;
        if (value != null) return value;
        const nodes = items.filter((item) => item instanceof PlainValue.Node);
        let str2 = "";
        let prevEnd = range.start;
        nodes.forEach((node) => {
          const prefix = src.slice(prevEnd, node.range.start);
          prevEnd = node.range.end;
          str2 += prefix + String(node);
          if (str2[str2.length - 1] === "\n" && src[prevEnd - 1] !== "\n" && src[prevEnd] === "\n") {
            prevEnd += 1;
          }
        });
        str2 += src.slice(prevEnd, range.end);
        return PlainValue.Node.addStringTerminator(src, range.end, str2);
      }
    };
    var QuoteDouble = class _QuoteDouble extends PlainValue.Node {
      static endOfQuote(src, offset) {
        let ch = src[offset];
        while (ch && ch !== '"') {
          offset += ch === "\\" ? 2 : 1;
          ch = src[offset];
        }
        return offset + 1;
      }
      /**
       * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
       */
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        const errors = [];
        const {
          start: start2,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (src[end - 1] !== '"') errors.push(new PlainValue.YAMLSyntaxError(this, 'Missing closing "quote'));
        let str2 = "";
        for (let i = start2 + 1; i < end - 1; ++i) {
          const ch = src[i];
          if (ch === "\n") {
            if (PlainValue.Node.atDocumentBoundary(src, i + 1)) errors.push(new PlainValue.YAMLSemanticError(this, "Document boundary indicators are not allowed within string values"));
            const {
              fold,
              offset,
              error
            } = PlainValue.Node.foldNewline(src, i, indent);
            str2 += fold;
            i = offset;
            if (error) errors.push(new PlainValue.YAMLSemanticError(this, "Multi-line double-quoted string needs to be sufficiently indented"));
          } else if (ch === "\\") {
            i += 1;
            switch (src[i]) {
              case "0":
                str2 += "\0";
                break;
              // null character
              case "a":
                str2 += "\x07";
                break;
              // bell character
              case "b":
                str2 += "\b";
                break;
              // backspace
              case "e":
                str2 += "\x1B";
                break;
              // escape character
              case "f":
                str2 += "\f";
                break;
              // form feed
              case "n":
                str2 += "\n";
                break;
              // line feed
              case "r":
                str2 += "\r";
                break;
              // carriage return
              case "t":
                str2 += "	";
                break;
              // horizontal tab
              case "v":
                str2 += "\v";
                break;
              // vertical tab
              case "N":
                str2 += "\x85";
                break;
              // Unicode next line
              case "_":
                str2 += "\xA0";
                break;
              // Unicode non-breaking space
              case "L":
                str2 += "\u2028";
                break;
              // Unicode line separator
              case "P":
                str2 += "\u2029";
                break;
              // Unicode paragraph separator
              case " ":
                str2 += " ";
                break;
              case '"':
                str2 += '"';
                break;
              case "/":
                str2 += "/";
                break;
              case "\\":
                str2 += "\\";
                break;
              case "	":
                str2 += "	";
                break;
              case "x":
                str2 += this.parseCharCode(i + 1, 2, errors);
                i += 2;
                break;
              case "u":
                str2 += this.parseCharCode(i + 1, 4, errors);
                i += 4;
                break;
              case "U":
                str2 += this.parseCharCode(i + 1, 8, errors);
                i += 8;
                break;
              case "\n":
                while (src[i + 1] === " " || src[i + 1] === "	") i += 1;
                break;
              default:
                errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(i - 1, 2)}`));
                str2 += "\\" + src[i];
            }
          } else if (ch === " " || ch === "	") {
            const wsStart = i;
            let next = src[i + 1];
            while (next === " " || next === "	") {
              i += 1;
              next = src[i + 1];
            }
            if (next !== "\n") str2 += i > wsStart ? src.slice(wsStart, i + 1) : ch;
          } else {
            str2 += ch;
          }
        }
        return errors.length > 0 ? {
          errors,
          str: str2
        } : str2;
      }
      parseCharCode(offset, length, errors) {
        const {
          src
        } = this.context;
        const cc = src.substr(offset, length);
        const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
        const code = ok ? parseInt(cc, 16) : NaN;
        if (isNaN(code)) {
          errors.push(new PlainValue.YAMLSyntaxError(this, `Invalid escape sequence ${src.substr(offset - 2, length + 2)}`));
          return src.substr(offset - 2, length + 2);
        }
        return String.fromCodePoint(code);
      }
      /**
       * Parses a "double quoted" value from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start2) {
        this.context = context;
        const {
          src
        } = context;
        let offset = _QuoteDouble.endOfQuote(src, start2 + 1);
        this.valueRange = new PlainValue.Range(start2, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    var QuoteSingle = class _QuoteSingle extends PlainValue.Node {
      static endOfQuote(src, offset) {
        let ch = src[offset];
        while (ch) {
          if (ch === "'") {
            if (src[offset + 1] !== "'") break;
            ch = src[offset += 2];
          } else {
            ch = src[offset += 1];
          }
        }
        return offset + 1;
      }
      /**
       * @returns {string | { str: string, errors: YAMLSyntaxError[] }}
       */
      get strValue() {
        if (!this.valueRange || !this.context) return null;
        const errors = [];
        const {
          start: start2,
          end
        } = this.valueRange;
        const {
          indent,
          src
        } = this.context;
        if (src[end - 1] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, "Missing closing 'quote"));
        let str2 = "";
        for (let i = start2 + 1; i < end - 1; ++i) {
          const ch = src[i];
          if (ch === "\n") {
            if (PlainValue.Node.atDocumentBoundary(src, i + 1)) errors.push(new PlainValue.YAMLSemanticError(this, "Document boundary indicators are not allowed within string values"));
            const {
              fold,
              offset,
              error
            } = PlainValue.Node.foldNewline(src, i, indent);
            str2 += fold;
            i = offset;
            if (error) errors.push(new PlainValue.YAMLSemanticError(this, "Multi-line single-quoted string needs to be sufficiently indented"));
          } else if (ch === "'") {
            str2 += ch;
            i += 1;
            if (src[i] !== "'") errors.push(new PlainValue.YAMLSyntaxError(this, "Unescaped single quote? This should not happen."));
          } else if (ch === " " || ch === "	") {
            const wsStart = i;
            let next = src[i + 1];
            while (next === " " || next === "	") {
              i += 1;
              next = src[i + 1];
            }
            if (next !== "\n") str2 += i > wsStart ? src.slice(wsStart, i + 1) : ch;
          } else {
            str2 += ch;
          }
        }
        return errors.length > 0 ? {
          errors,
          str: str2
        } : str2;
      }
      /**
       * Parses a 'single quoted' value from the source
       *
       * @param {ParseContext} context
       * @param {number} start - Index of first character
       * @returns {number} - Index of the character after this scalar
       */
      parse(context, start2) {
        this.context = context;
        const {
          src
        } = context;
        let offset = _QuoteSingle.endOfQuote(src, start2 + 1);
        this.valueRange = new PlainValue.Range(start2, offset);
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        offset = this.parseComment(offset);
        return offset;
      }
    };
    function createNewNode(type, props) {
      switch (type) {
        case PlainValue.Type.ALIAS:
          return new Alias(type, props);
        case PlainValue.Type.BLOCK_FOLDED:
        case PlainValue.Type.BLOCK_LITERAL:
          return new BlockValue(type, props);
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.FLOW_SEQ:
          return new FlowCollection(type, props);
        case PlainValue.Type.MAP_KEY:
        case PlainValue.Type.MAP_VALUE:
        case PlainValue.Type.SEQ_ITEM:
          return new CollectionItem(type, props);
        case PlainValue.Type.COMMENT:
        case PlainValue.Type.PLAIN:
          return new PlainValue.PlainValue(type, props);
        case PlainValue.Type.QUOTE_DOUBLE:
          return new QuoteDouble(type, props);
        case PlainValue.Type.QUOTE_SINGLE:
          return new QuoteSingle(type, props);
        /* istanbul ignore next */
        default:
          return null;
      }
    }
    var ParseContext = class _ParseContext {
      static parseType(src, offset, inFlow) {
        switch (src[offset]) {
          case "*":
            return PlainValue.Type.ALIAS;
          case ">":
            return PlainValue.Type.BLOCK_FOLDED;
          case "|":
            return PlainValue.Type.BLOCK_LITERAL;
          case "{":
            return PlainValue.Type.FLOW_MAP;
          case "[":
            return PlainValue.Type.FLOW_SEQ;
          case "?":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_KEY : PlainValue.Type.PLAIN;
          case ":":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.MAP_VALUE : PlainValue.Type.PLAIN;
          case "-":
            return !inFlow && PlainValue.Node.atBlank(src, offset + 1, true) ? PlainValue.Type.SEQ_ITEM : PlainValue.Type.PLAIN;
          case '"':
            return PlainValue.Type.QUOTE_DOUBLE;
          case "'":
            return PlainValue.Type.QUOTE_SINGLE;
          default:
            return PlainValue.Type.PLAIN;
        }
      }
      constructor(orig = {}, {
        atLineStart,
        inCollection,
        inFlow,
        indent,
        lineStart,
        parent
      } = {}) {
        PlainValue._defineProperty(this, "parseNode", (overlay, start2) => {
          if (PlainValue.Node.atDocumentBoundary(this.src, start2)) return null;
          const context = new _ParseContext(this, overlay);
          const {
            props,
            type,
            valueStart
          } = context.parseProps(start2);
          const node = createNewNode(type, props);
          let offset = start2;
          try {
            offset = node.parse(context, valueStart);
          } catch (error) {
            const msg = error instanceof Error ? error.message : String(error);
            if (!node.error) node.error = new PlainValue.YAMLSyntaxError(node, msg);
          }
          node.range = new PlainValue.Range(start2, offset);
          if (offset <= start2) {
            if (!node.error) node.error = new Error(`Node#parse consumed no characters`);
            node.error.parseEnd = offset;
            node.error.source = node;
            node.range.end = start2 + 1;
          }
          if (context.nodeStartsCollection(node)) {
            if (!node.error && !context.atLineStart && context.parent.type === PlainValue.Type.DOCUMENT) {
              node.error = new PlainValue.YAMLSyntaxError(node, "Block collection must not have preceding content here (e.g. directives-end indicator)");
            }
            const collection = new Collection(node);
            offset = collection.parse(new _ParseContext(context), offset);
            collection.range = new PlainValue.Range(start2, offset);
            return collection;
          }
          return node;
        });
        this.atLineStart = atLineStart != null ? atLineStart : orig.atLineStart || false;
        this.inCollection = inCollection != null ? inCollection : orig.inCollection || false;
        this.inFlow = inFlow != null ? inFlow : orig.inFlow || false;
        this.indent = indent != null ? indent : orig.indent;
        this.lineStart = lineStart != null ? lineStart : orig.lineStart;
        this.parent = parent != null ? parent : orig.parent || {};
        this.root = orig.root;
        this.src = orig.src;
      }
      nodeStartsCollection(node) {
        const {
          inCollection,
          inFlow,
          src
        } = this;
        if (inCollection || inFlow) return false;
        if (node instanceof CollectionItem) return true;
        let offset = node.range.end;
        if (src[offset] === "\n" || src[offset - 1] === "\n") return false;
        offset = PlainValue.Node.endOfWhiteSpace(src, offset);
        return src[offset] === ":";
      }
      // Anchor and tag are before type, which determines the node implementation
      // class; hence this intermediate step.
      parseProps(offset) {
        const {
          inFlow,
          parent,
          src
        } = this;
        const props = [];
        let lineHasProps = false;
        offset = this.atLineStart ? PlainValue.Node.endOfIndent(src, offset) : PlainValue.Node.endOfWhiteSpace(src, offset);
        let ch = src[offset];
        while (ch === PlainValue.Char.ANCHOR || ch === PlainValue.Char.COMMENT || ch === PlainValue.Char.TAG || ch === "\n") {
          if (ch === "\n") {
            let inEnd = offset;
            let lineStart;
            do {
              lineStart = inEnd + 1;
              inEnd = PlainValue.Node.endOfIndent(src, lineStart);
            } while (src[inEnd] === "\n");
            const indentDiff = inEnd - (lineStart + this.indent);
            const noIndicatorAsIndent = parent.type === PlainValue.Type.SEQ_ITEM && parent.context.atLineStart;
            if (src[inEnd] !== "#" && !PlainValue.Node.nextNodeIsIndented(src[inEnd], indentDiff, !noIndicatorAsIndent)) break;
            this.atLineStart = true;
            this.lineStart = lineStart;
            lineHasProps = false;
            offset = inEnd;
          } else if (ch === PlainValue.Char.COMMENT) {
            const end = PlainValue.Node.endOfLine(src, offset + 1);
            props.push(new PlainValue.Range(offset, end));
            offset = end;
          } else {
            let end = PlainValue.Node.endOfIdentifier(src, offset + 1);
            if (ch === PlainValue.Char.TAG && src[end] === "," && /^[a-zA-Z0-9-]+\.[a-zA-Z0-9-]+,\d\d\d\d(-\d\d){0,2}\/\S/.test(src.slice(offset + 1, end + 13))) {
              end = PlainValue.Node.endOfIdentifier(src, end + 5);
            }
            props.push(new PlainValue.Range(offset, end));
            lineHasProps = true;
            offset = PlainValue.Node.endOfWhiteSpace(src, end);
          }
          ch = src[offset];
        }
        if (lineHasProps && ch === ":" && PlainValue.Node.atBlank(src, offset + 1, true)) offset -= 1;
        const type = _ParseContext.parseType(src, offset, inFlow);
        return {
          props,
          type,
          valueStart: offset
        };
      }
    };
    function parse2(src) {
      const cr = [];
      if (src.indexOf("\r") !== -1) {
        src = src.replace(/\r\n?/g, (match, offset2) => {
          if (match.length > 1) cr.push(offset2);
          return "\n";
        });
      }
      const documents = [];
      let offset = 0;
      do {
        const doc = new Document();
        const context = new ParseContext({
          src
        });
        offset = doc.parse(context, offset);
        documents.push(doc);
      } while (offset < src.length);
      documents.setOrigRanges = () => {
        if (cr.length === 0) return false;
        for (let i = 1; i < cr.length; ++i) cr[i] -= i;
        let crOffset = 0;
        for (let i = 0; i < documents.length; ++i) {
          crOffset = documents[i].setOrigRanges(cr, crOffset);
        }
        cr.splice(0, cr.length);
        return true;
      };
      documents.toString = () => documents.join("...\n");
      return documents;
    }
    exports.parse = parse2;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/resolveSeq-95613e94.js
var require_resolveSeq_95613e94 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/resolveSeq-95613e94.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    function addCommentBefore(str2, indent, comment) {
      if (!comment) return str2;
      const cc = comment.replace(/[\s\S]^/gm, `$&${indent}#`);
      return `#${cc}
${indent}${str2}`;
    }
    function addComment(str2, indent, comment) {
      return !comment ? str2 : comment.indexOf("\n") === -1 ? `${str2} #${comment}` : `${str2}
` + comment.replace(/^/gm, `${indent || ""}#`);
    }
    var Node = class {
    };
    function toJSON(value, arg, ctx) {
      if (Array.isArray(value)) return value.map((v, i) => toJSON(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        const anchor = ctx && ctx.anchors && ctx.anchors.get(value);
        if (anchor) ctx.onCreate = (res2) => {
          anchor.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (anchor && ctx.onCreate) ctx.onCreate(res);
        return res;
      }
      if ((!ctx || !ctx.keep) && typeof value === "bigint") return Number(value);
      return value;
    }
    var Scalar2 = class extends Node {
      constructor(value) {
        super();
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx && ctx.keep ? this.value : toJSON(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          const o = {};
          Object.defineProperty(o, k, {
            value: v,
            writable: true,
            enumerable: true,
            configurable: true
          });
          v = o;
        }
      }
      return schema.createNode(v, false);
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && path[Symbol.iterator]().next().done;
    var Collection = class _Collection extends Node {
      constructor(schema) {
        super();
        PlainValue._defineProperty(this, "items", []);
        this.schema = schema;
      }
      addIn(path, value) {
        if (isEmptyPath(path)) this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (node instanceof _Collection) node.addIn(rest, value);
          else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
          else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      deleteIn([key, ...rest]) {
        if (rest.length === 0) return this.delete(key);
        const node = this.get(key, true);
        if (node instanceof _Collection) return node.deleteIn(rest);
        else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      getIn([key, ...rest], keepScalar) {
        const node = this.get(key, true);
        if (rest.length === 0) return !keepScalar && node instanceof Scalar2 ? node.value : node;
        else return node instanceof _Collection ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues() {
        return this.items.every((node) => {
          if (!node || node.type !== "PAIR") return false;
          const n2 = node.value;
          return n2 == null || n2 instanceof Scalar2 && n2.value == null && !n2.commentBefore && !n2.comment && !n2.tag;
        });
      }
      hasIn([key, ...rest]) {
        if (rest.length === 0) return this.has(key);
        const node = this.get(key, true);
        return node instanceof _Collection ? node.hasIn(rest) : false;
      }
      setIn([key, ...rest], value) {
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (node instanceof _Collection) node.setIn(rest, value);
          else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
          else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      // overridden in implementations
      /* istanbul ignore next */
      toJSON() {
        return null;
      }
      toString(ctx, {
        blockItem,
        flowChars,
        isMap: isMap4,
        itemIndent
      }, onComment, onChompKeep) {
        const {
          indent,
          indentStep,
          stringify: stringify2
        } = ctx;
        const inFlow = this.type === PlainValue.Type.FLOW_MAP || this.type === PlainValue.Type.FLOW_SEQ || ctx.inFlow;
        if (inFlow) itemIndent += indentStep;
        const allNullValues = isMap4 && this.hasAllNullValues();
        ctx = Object.assign({}, ctx, {
          allNullValues,
          indent: itemIndent,
          inFlow,
          type: null
        });
        let chompKeep = false;
        let hasItemWithNewLine = false;
        const nodes = this.items.reduce((nodes2, item, i) => {
          let comment;
          if (item) {
            if (!chompKeep && item.spaceBefore) nodes2.push({
              type: "comment",
              str: ""
            });
            if (item.commentBefore) item.commentBefore.match(/^.*$/gm).forEach((line) => {
              nodes2.push({
                type: "comment",
                str: `#${line}`
              });
            });
            if (item.comment) comment = item.comment;
            if (inFlow && (!chompKeep && item.spaceBefore || item.commentBefore || item.comment || item.key && (item.key.commentBefore || item.key.comment) || item.value && (item.value.commentBefore || item.value.comment))) hasItemWithNewLine = true;
          }
          chompKeep = false;
          let str3 = stringify2(item, ctx, () => comment = null, () => chompKeep = true);
          if (inFlow && !hasItemWithNewLine && str3.includes("\n")) hasItemWithNewLine = true;
          if (inFlow && i < this.items.length - 1) str3 += ",";
          str3 = addComment(str3, itemIndent, comment);
          if (chompKeep && (comment || inFlow)) chompKeep = false;
          nodes2.push({
            type: "item",
            str: str3
          });
          return nodes2;
        }, []);
        let str2;
        if (nodes.length === 0) {
          str2 = flowChars.start + flowChars.end;
        } else if (inFlow) {
          const {
            start: start2,
            end
          } = flowChars;
          const strings = nodes.map((n2) => n2.str);
          if (hasItemWithNewLine || strings.reduce((sum, str3) => sum + str3.length + 2, 2) > _Collection.maxFlowStringSingleLineLength) {
            str2 = start2;
            for (const s of strings) {
              str2 += s ? `
${indentStep}${indent}${s}` : "\n";
            }
            str2 += `
${indent}${end}`;
          } else {
            str2 = `${start2} ${strings.join(" ")} ${end}`;
          }
        } else {
          const strings = nodes.map(blockItem);
          str2 = strings.shift();
          for (const s of strings) str2 += s ? `
${indent}${s}` : "\n";
        }
        if (this.comment) {
          str2 += "\n" + this.comment.replace(/^/gm, `${indent}#`);
          if (onComment) onComment();
        } else if (chompKeep && onChompKeep) onChompKeep();
        return str2;
      }
    };
    PlainValue._defineProperty(Collection, "maxFlowStringSingleLineLength", 60);
    function asItemIndex(key) {
      let idx = key instanceof Scalar2 ? key.value : key;
      if (idx && typeof idx === "string") idx = Number(idx);
      return Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    var YAMLSeq2 = class extends Collection {
      add(value) {
        this.items.push(value);
      }
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number") return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number") return void 0;
        const it = this.items[idx];
        return !keepScalar && it instanceof Scalar2 ? it.value : it;
      }
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key}.`);
        this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx && ctx.onCreate) ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items) seq2.push(toJSON(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        return super.toString(ctx, {
          blockItem: (n2) => n2.type === "comment" ? n2.str : `- ${n2.str}`,
          flowChars: {
            start: "[",
            end: "]"
          },
          isMap: false,
          itemIndent: (ctx.indent || "") + "  "
        }, onComment, onChompKeep);
      }
    };
    var stringifyKey = (key, jsKey, ctx) => {
      if (jsKey === null) return "";
      if (typeof jsKey !== "object") return String(jsKey);
      if (key instanceof Node && ctx && ctx.doc) return key.toString({
        anchors: /* @__PURE__ */ Object.create(null),
        doc: ctx.doc,
        indent: "",
        indentStep: ctx.indentStep,
        inFlow: true,
        inStringifyKey: true,
        stringify: ctx.stringify
      });
      return JSON.stringify(jsKey);
    };
    var Pair = class _Pair extends Node {
      constructor(key, value = null) {
        super();
        this.key = key;
        this.value = value;
        this.type = _Pair.Type.PAIR;
      }
      get commentBefore() {
        return this.key instanceof Node ? this.key.commentBefore : void 0;
      }
      set commentBefore(cb) {
        if (this.key == null) this.key = new Scalar2(null);
        if (this.key instanceof Node) this.key.commentBefore = cb;
        else {
          const msg = "Pair.commentBefore is an alias for Pair.key.commentBefore. To set it, the key must be a Node.";
          throw new Error(msg);
        }
      }
      addToJSMap(ctx, map) {
        const key = toJSON(this.key, "", ctx);
        if (map instanceof Map) {
          const value = toJSON(this.value, key, ctx);
          map.set(key, value);
        } else if (map instanceof Set) {
          map.add(key);
        } else {
          const stringKey = stringifyKey(this.key, key, ctx);
          const value = toJSON(this.value, stringKey, ctx);
          if (stringKey in map) Object.defineProperty(map, stringKey, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
          });
          else map[stringKey] = value;
        }
        return map;
      }
      toJSON(_, ctx) {
        const pair = ctx && ctx.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return this.addToJSMap(ctx, pair);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx || !ctx.doc) return JSON.stringify(this);
        const {
          indent: indentSize,
          indentSeq,
          simpleKeys
        } = ctx.doc.options;
        let {
          key,
          value
        } = this;
        let keyComment = key instanceof Node && key.comment;
        if (simpleKeys) {
          if (keyComment) {
            throw new Error("With simple keys, key nodes cannot have comments");
          }
          if (key instanceof Collection) {
            const msg = "With simple keys, collection cannot be used as a key value";
            throw new Error(msg);
          }
        }
        let explicitKey = !simpleKeys && (!key || keyComment || (key instanceof Node ? key instanceof Collection || key.type === PlainValue.Type.BLOCK_FOLDED || key.type === PlainValue.Type.BLOCK_LITERAL : typeof key === "object"));
        const {
          doc,
          indent,
          indentStep,
          stringify: stringify2
        } = ctx;
        ctx = Object.assign({}, ctx, {
          implicitKey: !explicitKey,
          indent: indent + indentStep
        });
        let chompKeep = false;
        let str2 = stringify2(key, ctx, () => keyComment = null, () => chompKeep = true);
        str2 = addComment(str2, ctx.indent, keyComment);
        if (!explicitKey && str2.length > 1024) {
          if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
          explicitKey = true;
        }
        if (ctx.allNullValues && !simpleKeys) {
          if (this.comment) {
            str2 = addComment(str2, ctx.indent, this.comment);
            if (onComment) onComment();
          } else if (chompKeep && !keyComment && onChompKeep) onChompKeep();
          return ctx.inFlow && !explicitKey ? str2 : `? ${str2}`;
        }
        str2 = explicitKey ? `? ${str2}
${indent}:` : `${str2}:`;
        if (this.comment) {
          str2 = addComment(str2, ctx.indent, this.comment);
          if (onComment) onComment();
        }
        let vcb = "";
        let valueComment = null;
        if (value instanceof Node) {
          if (value.spaceBefore) vcb = "\n";
          if (value.commentBefore) {
            const cs = value.commentBefore.replace(/^/gm, `${ctx.indent}#`);
            vcb += `
${cs}`;
          }
          valueComment = value.comment;
        } else if (value && typeof value === "object") {
          value = doc.schema.createNode(value, true);
        }
        ctx.implicitKey = false;
        if (!explicitKey && !this.comment && value instanceof Scalar2) ctx.indentAtStart = str2.length + 1;
        chompKeep = false;
        if (!indentSeq && indentSize >= 2 && !ctx.inFlow && !explicitKey && value instanceof YAMLSeq2 && value.type !== PlainValue.Type.FLOW_SEQ && !value.tag && !doc.anchors.getName(value)) {
          ctx.indent = ctx.indent.substr(2);
        }
        const valueStr = stringify2(value, ctx, () => valueComment = null, () => chompKeep = true);
        let ws = " ";
        if (vcb || this.comment) {
          ws = `${vcb}
${ctx.indent}`;
        } else if (!explicitKey && value instanceof Collection) {
          const flow = valueStr[0] === "[" || valueStr[0] === "{";
          if (!flow || valueStr.includes("\n")) ws = `
${ctx.indent}`;
        } else if (valueStr[0] === "\n") ws = "";
        if (chompKeep && !valueComment && onChompKeep) onChompKeep();
        return addComment(str2 + ws + valueStr, ctx.indent, valueComment);
      }
    };
    PlainValue._defineProperty(Pair, "Type", {
      PAIR: "PAIR",
      MERGE_PAIR: "MERGE_PAIR"
    });
    var getAliasCount = (node, anchors) => {
      if (node instanceof Alias) {
        const anchor = anchors.get(node.source);
        return anchor.count * anchor.aliasCount;
      } else if (node instanceof Collection) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(item, anchors);
          if (c > count) count = c;
        }
        return count;
      } else if (node instanceof Pair) {
        const kc = getAliasCount(node.key, anchors);
        const vc = getAliasCount(node.value, anchors);
        return Math.max(kc, vc);
      }
      return 1;
    };
    var Alias = class _Alias extends Node {
      static stringify({
        range,
        source
      }, {
        anchors,
        doc,
        implicitKey,
        inStringifyKey
      }) {
        let anchor = Object.keys(anchors).find((a) => anchors[a] === source);
        if (!anchor && inStringifyKey) anchor = doc.anchors.getName(source) || doc.anchors.newName();
        if (anchor) return `*${anchor}${implicitKey ? " " : ""}`;
        const msg = doc.anchors.getName(source) ? "Alias node must be after source node" : "Source node not found for alias node";
        throw new Error(`${msg} [${range}]`);
      }
      constructor(source) {
        super();
        this.source = source;
        this.type = PlainValue.Type.ALIAS;
      }
      set tag(t) {
        throw new Error("Alias nodes cannot have tags");
      }
      toJSON(arg, ctx) {
        if (!ctx) return toJSON(this.source, arg, ctx);
        const {
          anchors,
          maxAliasCount
        } = ctx;
        const anchor = anchors.get(this.source);
        if (!anchor || anchor.res === void 0) {
          const msg = "This should not happen: Alias anchor was not resolved?";
          if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);
          else throw new ReferenceError(msg);
        }
        if (maxAliasCount >= 0) {
          anchor.count += 1;
          if (anchor.aliasCount === 0) anchor.aliasCount = getAliasCount(this.source, anchors);
          if (anchor.count * anchor.aliasCount > maxAliasCount) {
            const msg = "Excessive alias count indicates a resource exhaustion attack";
            if (this.cstNode) throw new PlainValue.YAMLReferenceError(this.cstNode, msg);
            else throw new ReferenceError(msg);
          }
        }
        return anchor.res;
      }
      // Only called when stringifying an alias mapping key while constructing
      // Object output.
      toString(ctx) {
        return _Alias.stringify(this, ctx);
      }
    };
    PlainValue._defineProperty(Alias, "default", true);
    function findPair(items, key) {
      const k = key instanceof Scalar2 ? key.value : key;
      for (const it of items) {
        if (it instanceof Pair) {
          if (it.key === key || it.key === k) return it;
          if (it.key && it.key.value === k) return it;
        }
      }
      return void 0;
    }
    var YAMLMap2 = class extends Collection {
      add(pair, overwrite) {
        if (!pair) pair = new Pair(pair);
        else if (!(pair instanceof Pair)) pair = new Pair(pair.key || pair, pair.value);
        const prev = findPair(this.items, pair.key);
        const sortEntries = this.schema && this.schema.sortMapEntries;
        if (prev) {
          if (overwrite) prev.value = pair.value;
          else throw new Error(`Key ${pair.key} already set`);
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(pair, item) < 0);
          if (i === -1) this.items.push(pair);
          else this.items.splice(i, 0, pair);
        } else {
          this.items.push(pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it) return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it && it.value;
        return !keepScalar && node instanceof Scalar2 ? node.value : node;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair(key, value), true);
      }
      /**
       * @param {*} arg ignored
       * @param {*} ctx Conversion context, originally set in Document#toJSON()
       * @param {Class} Type If set, forces the returned collection type
       * @returns {*} Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx && ctx.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx && ctx.onCreate) ctx.onCreate(map);
        for (const item of this.items) item.addToJSMap(ctx, map);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        for (const item of this.items) {
          if (!(item instanceof Pair)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        return super.toString(ctx, {
          blockItem: (n2) => n2.str,
          flowChars: {
            start: "{",
            end: "}"
          },
          isMap: true,
          itemIndent: ctx.indent || ""
        }, onComment, onChompKeep);
      }
    };
    var MERGE_KEY = "<<";
    var Merge = class extends Pair {
      constructor(pair) {
        if (pair instanceof Pair) {
          let seq2 = pair.value;
          if (!(seq2 instanceof YAMLSeq2)) {
            seq2 = new YAMLSeq2();
            seq2.items.push(pair.value);
            seq2.range = pair.value.range;
          }
          super(pair.key, seq2);
          this.range = pair.range;
        } else {
          super(new Scalar2(MERGE_KEY), new YAMLSeq2());
        }
        this.type = Pair.Type.MERGE_PAIR;
      }
      // If the value associated with a merge key is a single mapping node, each of
      // its key/value pairs is inserted into the current mapping, unless the key
      // already exists in it. If the value associated with the merge key is a
      // sequence, then this sequence is expected to contain mapping nodes and each
      // of these nodes is merged in turn according to its order in the sequence.
      // Keys in mapping nodes earlier in the sequence override keys specified in
      // later mapping nodes. -- http://yaml.org/type/merge.html
      addToJSMap(ctx, map) {
        for (const {
          source
        } of this.value.items) {
          if (!(source instanceof YAMLMap2)) throw new Error("Merge sources must be maps");
          const srcMap = source.toJSON(null, ctx, Map);
          for (const [key, value] of srcMap) {
            if (map instanceof Map) {
              if (!map.has(key)) map.set(key, value);
            } else if (map instanceof Set) {
              map.add(key);
            } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
              Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
              });
            }
          }
        }
        return map;
      }
      toString(ctx, onComment) {
        const seq2 = this.value;
        if (seq2.items.length > 1) return super.toString(ctx, onComment);
        this.value = seq2.items[0];
        const str2 = super.toString(ctx, onComment);
        this.value = seq2;
        return str2;
      }
    };
    var binaryOptions = {
      defaultType: PlainValue.Type.BLOCK_LITERAL,
      lineWidth: 76
    };
    var boolOptions = {
      trueStr: "true",
      falseStr: "false"
    };
    var intOptions = {
      asBigInt: false
    };
    var nullOptions = {
      nullStr: "null"
    };
    var strOptions = {
      defaultType: PlainValue.Type.PLAIN,
      doubleQuoted: {
        jsonEncoding: false,
        minMultiLineLength: 40
      },
      fold: {
        lineWidth: 80,
        minContentWidth: 20
      }
    };
    function resolveScalar(str2, tags, scalarFallback) {
      for (const {
        format,
        test,
        resolve: resolve2
      } of tags) {
        if (test) {
          const match = str2.match(test);
          if (match) {
            let res = resolve2.apply(null, match);
            if (!(res instanceof Scalar2)) res = new Scalar2(res);
            if (format) res.format = format;
            return res;
          }
        }
      }
      if (scalarFallback) str2 = scalarFallback(str2);
      return new Scalar2(str2);
    }
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    var consumeMoreIndentedLines = (text, i) => {
      let ch = text[i + 1];
      while (ch === " " || ch === "	") {
        do {
          ch = text[i += 1];
        } while (ch && ch !== "\n");
        ch = text[i + 1];
      }
      return i;
    };
    function foldFlowLines(text, indent, mode, {
      indentAtStart,
      lineWidth = 80,
      minContentWidth = 20,
      onFold,
      onOverflow
    }) {
      if (!lineWidth || lineWidth < 0) return text;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep) return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
        else end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i);
        if (i !== -1) end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK) i = consumeMoreIndentedLines(text, i);
          end = i + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	") split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j]) return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow) onOverflow();
      if (folds.length === 0) return text;
      if (onFold) onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0) res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    var getFoldOptions = ({
      indentAtStart
    }) => indentAtStart ? Object.assign({
      indentAtStart
    }, strOptions.fold) : strOptions.fold;
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0) return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit) return false;
      for (let i = 0, start2 = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start2 > limit) return true;
          start2 = i + 1;
          if (strLen - start2 <= limit) return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const {
        implicitKey
      } = ctx;
      const {
        jsonEncoding,
        minMultiLineLength
      } = strOptions.doubleQuoted;
      const json = JSON.stringify(value);
      if (jsonEncoding) return json;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start2 = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start2, i) + "\\ ";
          i += 1;
          start2 = i;
          ch = "\\";
        }
        if (ch === "\\") switch (json[i + 1]) {
          case "u":
            {
              str2 += json.slice(start2, i);
              const code = json.substr(i + 2, 4);
              switch (code) {
                case "0000":
                  str2 += "\\0";
                  break;
                case "0007":
                  str2 += "\\a";
                  break;
                case "000b":
                  str2 += "\\v";
                  break;
                case "001b":
                  str2 += "\\e";
                  break;
                case "0085":
                  str2 += "\\N";
                  break;
                case "00a0":
                  str2 += "\\_";
                  break;
                case "2028":
                  str2 += "\\L";
                  break;
                case "2029":
                  str2 += "\\P";
                  break;
                default:
                  if (code.substr(0, 2) === "00") str2 += "\\x" + code.substr(2);
                  else str2 += json.substr(i, 6);
              }
              i += 5;
              start2 = i + 1;
            }
            break;
          case "n":
            if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
              i += 1;
            } else {
              str2 += json.slice(start2, i) + "\n\n";
              while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                str2 += "\n";
                i += 2;
              }
              str2 += indent;
              if (json[i + 2] === " ") str2 += "\\";
              i += 1;
              start2 = i + 1;
            }
            break;
          default:
            i += 1;
        }
      }
      str2 = start2 ? str2 + json.slice(start2) : json;
      return implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_QUOTED, getFoldOptions(ctx));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.implicitKey) {
        if (/\n/.test(value)) return doubleQuotedString(value, ctx);
      } else {
        if (/[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
      }
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx));
    }
    function blockString({
      comment,
      type,
      value
    }, ctx, onComment, onChompKeep) {
      if (/\n[\t ]+$/.test(value) || /^\s*$/.test(value)) {
        return doubleQuotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const indentSize = indent ? "2" : "1";
      const literal2 = type === PlainValue.Type.BLOCK_FOLDED ? false : type === PlainValue.Type.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, strOptions.fold.lineWidth, indent.length);
      let header = literal2 ? "|" : ">";
      if (!value) return header + "\n";
      let wsStart = "";
      let wsEnd = "";
      value = value.replace(/[\n\t ]*$/, (ws) => {
        const n2 = ws.indexOf("\n");
        if (n2 === -1) {
          header += "-";
        } else if (value === ws || n2 !== ws.length - 1) {
          header += "+";
          if (onChompKeep) onChompKeep();
        }
        wsEnd = ws.replace(/\n$/, "");
        return "";
      }).replace(/^[\n ]*/, (ws) => {
        if (ws.indexOf(" ") !== -1) header += indentSize;
        const m = ws.match(/ +$/);
        if (m) {
          wsStart = ws.slice(0, -m[0].length);
          return m[0];
        } else {
          wsStart = ws;
          return "";
        }
      });
      if (wsEnd) wsEnd = wsEnd.replace(/\n+(?!\n|$)/g, `$&${indent}`);
      if (wsStart) wsStart = wsStart.replace(/\n+/g, `$&${indent}`);
      if (comment) {
        header += " #" + comment.replace(/ ?[\r\n]+/g, " ");
        if (onComment) onComment();
      }
      if (!value) return `${header}${indentSize}
${indent}${wsEnd}`;
      if (literal2) {
        value = value.replace(/\n+/g, `$&${indent}`);
        return `${header}
${indent}${wsStart}${value}${wsEnd}`;
      }
      value = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
      const body = foldFlowLines(`${wsStart}${value}${wsEnd}`, indent, FOLD_BLOCK, strOptions.fold);
      return `${header}
${indent}${body}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const {
        comment,
        type,
        value
      } = item;
      const {
        actualString,
        implicitKey,
        indent,
        inFlow
      } = ctx;
      if (implicitKey && /[\n[\]{},]/.test(value) || inFlow && /[[\]{},]/.test(value)) {
        return doubleQuotedString(value, ctx);
      }
      if (!value || /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || value.indexOf("\n") === -1 ? value.indexOf('"') !== -1 && value.indexOf("'") === -1 ? singleQuotedString(value, ctx) : doubleQuotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== PlainValue.Type.PLAIN && value.indexOf("\n") !== -1) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (indent === "" && containsDocumentMarker(value)) {
        ctx.forceBlockIndent = true;
        return blockString(item, ctx, onComment, onChompKeep);
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const {
          tags
        } = ctx.doc.schema;
        const resolved = resolveScalar(str2, tags, tags.scalarFallback).value;
        if (typeof resolved !== "string") return doubleQuotedString(value, ctx);
      }
      const body = implicitKey ? str2 : foldFlowLines(str2, indent, FOLD_FLOW, getFoldOptions(ctx));
      if (comment && !inFlow && (body.indexOf("\n") !== -1 || comment.indexOf("\n") !== -1)) {
        if (onComment) onComment();
        return addCommentBefore(body, indent, comment);
      }
      return body;
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const {
        defaultType
      } = strOptions;
      const {
        implicitKey,
        inFlow
      } = ctx;
      let {
        type,
        value
      } = item;
      if (typeof value !== "string") {
        value = String(value);
        item = Object.assign({}, item, {
          value
        });
      }
      const _stringify = (_type) => {
        switch (_type) {
          case PlainValue.Type.BLOCK_FOLDED:
          case PlainValue.Type.BLOCK_LITERAL:
            return blockString(item, ctx, onComment, onChompKeep);
          case PlainValue.Type.QUOTE_DOUBLE:
            return doubleQuotedString(value, ctx);
          case PlainValue.Type.QUOTE_SINGLE:
            return singleQuotedString(value, ctx);
          case PlainValue.Type.PLAIN:
            return plainString(item, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      if (type !== PlainValue.Type.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(value)) {
        type = PlainValue.Type.QUOTE_DOUBLE;
      } else if ((implicitKey || inFlow) && (type === PlainValue.Type.BLOCK_FOLDED || type === PlainValue.Type.BLOCK_LITERAL)) {
        type = PlainValue.Type.QUOTE_DOUBLE;
      }
      let res = _stringify(type);
      if (res === null) {
        res = _stringify(defaultType);
        if (res === null) throw new Error(`Unsupported default string type ${defaultType}`);
      }
      return res;
    }
    function stringifyNumber({
      format,
      minFractionDigits,
      tag,
      value
    }) {
      if (typeof value === "bigint") return String(value);
      if (!isFinite(value)) return isNaN(value) ? ".nan" : value < 0 ? "-.inf" : ".inf";
      let n2 = JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^\d/.test(n2)) {
        let i = n2.indexOf(".");
        if (i < 0) {
          i = n2.length;
          n2 += ".";
        }
        let d = minFractionDigits - (n2.length - i - 1);
        while (d-- > 0) n2 += "0";
      }
      return n2;
    }
    function checkFlowCollectionEnd(errors, cst) {
      let char, name;
      switch (cst.type) {
        case PlainValue.Type.FLOW_MAP:
          char = "}";
          name = "flow map";
          break;
        case PlainValue.Type.FLOW_SEQ:
          char = "]";
          name = "flow sequence";
          break;
        default:
          errors.push(new PlainValue.YAMLSemanticError(cst, "Not a flow collection!?"));
          return;
      }
      let lastItem;
      for (let i = cst.items.length - 1; i >= 0; --i) {
        const item = cst.items[i];
        if (!item || item.type !== PlainValue.Type.COMMENT) {
          lastItem = item;
          break;
        }
      }
      if (lastItem && lastItem.char !== char) {
        const msg = `Expected ${name} to end with ${char}`;
        let err;
        if (typeof lastItem.offset === "number") {
          err = new PlainValue.YAMLSemanticError(cst, msg);
          err.offset = lastItem.offset + 1;
        } else {
          err = new PlainValue.YAMLSemanticError(lastItem, msg);
          if (lastItem.range && lastItem.range.end) err.offset = lastItem.range.end - lastItem.range.start;
        }
        errors.push(err);
      }
    }
    function checkFlowCommentSpace(errors, comment) {
      const prev = comment.context.src[comment.range.start - 1];
      if (prev !== "\n" && prev !== "	" && prev !== " ") {
        const msg = "Comments must be separated from other tokens by white space characters";
        errors.push(new PlainValue.YAMLSemanticError(comment, msg));
      }
    }
    function getLongKeyError(source, key) {
      const sk = String(key);
      const k = sk.substr(0, 8) + "..." + sk.substr(-8);
      return new PlainValue.YAMLSemanticError(source, `The "${k}" key is too long`);
    }
    function resolveComments(collection, comments) {
      for (const {
        afterKey,
        before,
        comment
      } of comments) {
        let item = collection.items[before];
        if (!item) {
          if (comment !== void 0) {
            if (collection.comment) collection.comment += "\n" + comment;
            else collection.comment = comment;
          }
        } else {
          if (afterKey && item.value) item = item.value;
          if (comment === void 0) {
            if (afterKey || !item.commentBefore) item.spaceBefore = true;
          } else {
            if (item.commentBefore) item.commentBefore += "\n" + comment;
            else item.commentBefore = comment;
          }
        }
      }
    }
    function resolveString(doc, node) {
      const res = node.strValue;
      if (!res) return "";
      if (typeof res === "string") return res;
      res.errors.forEach((error) => {
        if (!error.source) error.source = node;
        doc.errors.push(error);
      });
      return res.str;
    }
    function resolveTagHandle(doc, node) {
      const {
        handle,
        suffix
      } = node.tag;
      let prefix = doc.tagPrefixes.find((p) => p.handle === handle);
      if (!prefix) {
        const dtp = doc.getDefaults().tagPrefixes;
        if (dtp) prefix = dtp.find((p) => p.handle === handle);
        if (!prefix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag handle is non-default and was not declared.`);
      }
      if (!suffix) throw new PlainValue.YAMLSemanticError(node, `The ${handle} tag has no suffix.`);
      if (handle === "!" && (doc.version || doc.options.version) === "1.0") {
        if (suffix[0] === "^") {
          doc.warnings.push(new PlainValue.YAMLWarning(node, "YAML 1.0 ^ tag expansion is not supported"));
          return suffix;
        }
        if (/[:/]/.test(suffix)) {
          const vocab = suffix.match(/^([a-z0-9-]+)\/(.*)/i);
          return vocab ? `tag:${vocab[1]}.yaml.org,2002:${vocab[2]}` : `tag:${suffix}`;
        }
      }
      return prefix.prefix + decodeURIComponent(suffix);
    }
    function resolveTagName(doc, node) {
      const {
        tag,
        type
      } = node;
      let nonSpecific = false;
      if (tag) {
        const {
          handle,
          suffix,
          verbatim
        } = tag;
        if (verbatim) {
          if (verbatim !== "!" && verbatim !== "!!") return verbatim;
          const msg = `Verbatim tags aren't resolved, so ${verbatim} is invalid.`;
          doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
        } else if (handle === "!" && !suffix) {
          nonSpecific = true;
        } else {
          try {
            return resolveTagHandle(doc, node);
          } catch (error) {
            doc.errors.push(error);
          }
        }
      }
      switch (type) {
        case PlainValue.Type.BLOCK_FOLDED:
        case PlainValue.Type.BLOCK_LITERAL:
        case PlainValue.Type.QUOTE_DOUBLE:
        case PlainValue.Type.QUOTE_SINGLE:
          return PlainValue.defaultTags.STR;
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.MAP:
          return PlainValue.defaultTags.MAP;
        case PlainValue.Type.FLOW_SEQ:
        case PlainValue.Type.SEQ:
          return PlainValue.defaultTags.SEQ;
        case PlainValue.Type.PLAIN:
          return nonSpecific ? PlainValue.defaultTags.STR : null;
        default:
          return null;
      }
    }
    function resolveByTagName(doc, node, tagName) {
      const {
        tags
      } = doc.schema;
      const matchWithTest = [];
      for (const tag of tags) {
        if (tag.tag === tagName) {
          if (tag.test) matchWithTest.push(tag);
          else {
            const res = tag.resolve(doc, node);
            return res instanceof Collection ? res : new Scalar2(res);
          }
        }
      }
      const str2 = resolveString(doc, node);
      if (typeof str2 === "string" && matchWithTest.length > 0) return resolveScalar(str2, matchWithTest, tags.scalarFallback);
      return null;
    }
    function getFallbackTagName({
      type
    }) {
      switch (type) {
        case PlainValue.Type.FLOW_MAP:
        case PlainValue.Type.MAP:
          return PlainValue.defaultTags.MAP;
        case PlainValue.Type.FLOW_SEQ:
        case PlainValue.Type.SEQ:
          return PlainValue.defaultTags.SEQ;
        default:
          return PlainValue.defaultTags.STR;
      }
    }
    function resolveTag(doc, node, tagName) {
      try {
        const res = resolveByTagName(doc, node, tagName);
        if (res) {
          if (tagName && node.tag) res.tag = tagName;
          return res;
        }
      } catch (error) {
        if (error instanceof PlainValue.YAMLError) {
          if (!error.source) error.source = node;
          doc.errors.push(error);
        } else {
          const msg = error instanceof Error ? error.message : String(error);
          doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
        }
        return null;
      }
      try {
        const fallback = getFallbackTagName(node);
        if (!fallback) throw new Error(`The tag ${tagName} is unavailable`);
        const msg = `The tag ${tagName} is unavailable, falling back to ${fallback}`;
        doc.warnings.push(new PlainValue.YAMLWarning(node, msg));
        const res = resolveByTagName(doc, node, fallback);
        res.tag = tagName;
        return res;
      } catch (error) {
        const refError = new PlainValue.YAMLReferenceError(node, error.message);
        refError.stack = error.stack;
        doc.errors.push(refError);
        return null;
      }
    }
    var isCollectionItem = (node) => {
      if (!node) return false;
      const {
        type
      } = node;
      return type === PlainValue.Type.MAP_KEY || type === PlainValue.Type.MAP_VALUE || type === PlainValue.Type.SEQ_ITEM;
    };
    function resolveNodeProps(errors, node) {
      const comments = {
        before: [],
        after: []
      };
      let hasAnchor = false;
      let hasTag = false;
      const props = isCollectionItem(node.context.parent) ? node.context.parent.props.concat(node.props) : node.props;
      for (const {
        start: start2,
        end
      } of props) {
        switch (node.context.src[start2]) {
          case PlainValue.Char.COMMENT: {
            if (!node.commentHasRequiredWhitespace(start2)) {
              const msg = "Comments must be separated from other tokens by white space characters";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            const {
              header,
              valueRange
            } = node;
            const cc = valueRange && (start2 > valueRange.start || header && start2 > header.start) ? comments.after : comments.before;
            cc.push(node.context.src.slice(start2 + 1, end));
            break;
          }
          // Actual anchor & tag resolution is handled by schema, here we just complain
          case PlainValue.Char.ANCHOR:
            if (hasAnchor) {
              const msg = "A node can have at most one anchor";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            hasAnchor = true;
            break;
          case PlainValue.Char.TAG:
            if (hasTag) {
              const msg = "A node can have at most one tag";
              errors.push(new PlainValue.YAMLSemanticError(node, msg));
            }
            hasTag = true;
            break;
        }
      }
      return {
        comments,
        hasAnchor,
        hasTag
      };
    }
    function resolveNodeValue(doc, node) {
      const {
        anchors,
        errors,
        schema
      } = doc;
      if (node.type === PlainValue.Type.ALIAS) {
        const name = node.rawValue;
        const src = anchors.getNode(name);
        if (!src) {
          const msg = `Aliased anchor not found: ${name}`;
          errors.push(new PlainValue.YAMLReferenceError(node, msg));
          return null;
        }
        const res = new Alias(src);
        anchors._cstAliases.push(res);
        return res;
      }
      const tagName = resolveTagName(doc, node);
      if (tagName) return resolveTag(doc, node, tagName);
      if (node.type !== PlainValue.Type.PLAIN) {
        const msg = `Failed to resolve ${node.type} node here`;
        errors.push(new PlainValue.YAMLSyntaxError(node, msg));
        return null;
      }
      try {
        const str2 = resolveString(doc, node);
        return resolveScalar(str2, schema.tags, schema.tags.scalarFallback);
      } catch (error) {
        if (!error.source) error.source = node;
        errors.push(error);
        return null;
      }
    }
    function resolveNode(doc, node) {
      if (!node) return null;
      if (node.error) doc.errors.push(node.error);
      const {
        comments,
        hasAnchor,
        hasTag
      } = resolveNodeProps(doc.errors, node);
      if (hasAnchor) {
        const {
          anchors
        } = doc;
        const name = node.anchor;
        const prev = anchors.getNode(name);
        if (prev) anchors.map[anchors.newName(name)] = prev;
        anchors.map[name] = node;
      }
      if (node.type === PlainValue.Type.ALIAS && (hasAnchor || hasTag)) {
        const msg = "An alias node must not specify any properties";
        doc.errors.push(new PlainValue.YAMLSemanticError(node, msg));
      }
      const res = resolveNodeValue(doc, node);
      if (res) {
        res.range = [node.range.start, node.range.end];
        if (doc.options.keepCstNodes) res.cstNode = node;
        if (doc.options.keepNodeTypes) res.type = node.type;
        const cb = comments.before.join("\n");
        if (cb) {
          res.commentBefore = res.commentBefore ? `${res.commentBefore}
${cb}` : cb;
        }
        const ca = comments.after.join("\n");
        if (ca) res.comment = res.comment ? `${res.comment}
${ca}` : ca;
      }
      return node.resolved = res;
    }
    function resolveMap(doc, cst) {
      if (cst.type !== PlainValue.Type.MAP && cst.type !== PlainValue.Type.FLOW_MAP) {
        const msg = `A ${cst.type} node cannot be resolved as a mapping`;
        doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
        return null;
      }
      const {
        comments,
        items
      } = cst.type === PlainValue.Type.FLOW_MAP ? resolveFlowMapItems(doc, cst) : resolveBlockMapItems(doc, cst);
      const map = new YAMLMap2();
      map.items = items;
      resolveComments(map, comments);
      let hasCollectionKey = false;
      for (let i = 0; i < items.length; ++i) {
        const {
          key: iKey
        } = items[i];
        if (iKey instanceof Collection) hasCollectionKey = true;
        if (doc.schema.merge && iKey && iKey.value === MERGE_KEY) {
          items[i] = new Merge(items[i]);
          const sources = items[i].value.items;
          let error = null;
          sources.some((node) => {
            if (node instanceof Alias) {
              const {
                type
              } = node.source;
              if (type === PlainValue.Type.MAP || type === PlainValue.Type.FLOW_MAP) return false;
              return error = "Merge nodes aliases can only point to maps";
            }
            return error = "Merge nodes can only have Alias nodes as values";
          });
          if (error) doc.errors.push(new PlainValue.YAMLSemanticError(cst, error));
        } else {
          for (let j = i + 1; j < items.length; ++j) {
            const {
              key: jKey
            } = items[j];
            if (iKey === jKey || iKey && jKey && Object.prototype.hasOwnProperty.call(iKey, "value") && iKey.value === jKey.value) {
              const msg = `Map keys must be unique; "${iKey}" is repeated`;
              doc.errors.push(new PlainValue.YAMLSemanticError(cst, msg));
              break;
            }
          }
        }
      }
      if (hasCollectionKey && !doc.options.mapAsMap) {
        const warn = "Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.";
        doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
      }
      cst.resolved = map;
      return map;
    }
    var valueHasPairComment = ({
      context: {
        lineStart,
        node,
        src
      },
      props
    }) => {
      if (props.length === 0) return false;
      const {
        start: start2
      } = props[0];
      if (node && start2 > node.valueRange.start) return false;
      if (src[start2] !== PlainValue.Char.COMMENT) return false;
      for (let i = lineStart; i < start2; ++i) if (src[i] === "\n") return false;
      return true;
    };
    function resolvePairComment(item, pair) {
      if (!valueHasPairComment(item)) return;
      const comment = item.getPropValue(0, PlainValue.Char.COMMENT, true);
      let found = false;
      const cb = pair.value.commentBefore;
      if (cb && cb.startsWith(comment)) {
        pair.value.commentBefore = cb.substr(comment.length + 1);
        found = true;
      } else {
        const cc = pair.value.comment;
        if (!item.node && cc && cc.startsWith(comment)) {
          pair.value.comment = cc.substr(comment.length + 1);
          found = true;
        }
      }
      if (found) pair.comment = comment;
    }
    function resolveBlockMapItems(doc, cst) {
      const comments = [];
      const items = [];
      let key = void 0;
      let keyStart = null;
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        switch (item.type) {
          case PlainValue.Type.BLANK_LINE:
            comments.push({
              afterKey: !!key,
              before: items.length
            });
            break;
          case PlainValue.Type.COMMENT:
            comments.push({
              afterKey: !!key,
              before: items.length,
              comment: item.comment
            });
            break;
          case PlainValue.Type.MAP_KEY:
            if (key !== void 0) items.push(new Pair(key));
            if (item.error) doc.errors.push(item.error);
            key = resolveNode(doc, item.node);
            keyStart = null;
            break;
          case PlainValue.Type.MAP_VALUE:
            {
              if (key === void 0) key = null;
              if (item.error) doc.errors.push(item.error);
              if (!item.context.atLineStart && item.node && item.node.type === PlainValue.Type.MAP && !item.node.context.atLineStart) {
                const msg = "Nested mappings are not allowed in compact mappings";
                doc.errors.push(new PlainValue.YAMLSemanticError(item.node, msg));
              }
              let valueNode = item.node;
              if (!valueNode && item.props.length > 0) {
                valueNode = new PlainValue.PlainValue(PlainValue.Type.PLAIN, []);
                valueNode.context = {
                  parent: item,
                  src: item.context.src
                };
                const pos = item.range.start + 1;
                valueNode.range = {
                  start: pos,
                  end: pos
                };
                valueNode.valueRange = {
                  start: pos,
                  end: pos
                };
                if (typeof item.range.origStart === "number") {
                  const origPos = item.range.origStart + 1;
                  valueNode.range.origStart = valueNode.range.origEnd = origPos;
                  valueNode.valueRange.origStart = valueNode.valueRange.origEnd = origPos;
                }
              }
              const pair = new Pair(key, resolveNode(doc, valueNode));
              resolvePairComment(item, pair);
              items.push(pair);
              if (key && typeof keyStart === "number") {
                if (item.range.start > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key));
              }
              key = void 0;
              keyStart = null;
            }
            break;
          default:
            if (key !== void 0) items.push(new Pair(key));
            key = resolveNode(doc, item);
            keyStart = item.range.start;
            if (item.error) doc.errors.push(item.error);
            next: for (let j = i + 1; ; ++j) {
              const nextItem = cst.items[j];
              switch (nextItem && nextItem.type) {
                case PlainValue.Type.BLANK_LINE:
                case PlainValue.Type.COMMENT:
                  continue next;
                case PlainValue.Type.MAP_VALUE:
                  break next;
                default: {
                  const msg = "Implicit map keys need to be followed by map values";
                  doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
                  break next;
                }
              }
            }
            if (item.valueRangeContainsNewline) {
              const msg = "Implicit map keys need to be on a single line";
              doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
            }
        }
      }
      if (key !== void 0) items.push(new Pair(key));
      return {
        comments,
        items
      };
    }
    function resolveFlowMapItems(doc, cst) {
      const comments = [];
      const items = [];
      let key = void 0;
      let explicitKey = false;
      let next = "{";
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        if (typeof item.char === "string") {
          const {
            char,
            offset
          } = item;
          if (char === "?" && key === void 0 && !explicitKey) {
            explicitKey = true;
            next = ":";
            continue;
          }
          if (char === ":") {
            if (key === void 0) key = null;
            if (next === ":") {
              next = ",";
              continue;
            }
          } else {
            if (explicitKey) {
              if (key === void 0 && char !== ",") key = null;
              explicitKey = false;
            }
            if (key !== void 0) {
              items.push(new Pair(key));
              key = void 0;
              if (char === ",") {
                next = ":";
                continue;
              }
            }
          }
          if (char === "}") {
            if (i === cst.items.length - 1) continue;
          } else if (char === next) {
            next = ":";
            continue;
          }
          const msg = `Flow map contains an unexpected ${char}`;
          const err = new PlainValue.YAMLSyntaxError(cst, msg);
          err.offset = offset;
          doc.errors.push(err);
        } else if (item.type === PlainValue.Type.BLANK_LINE) {
          comments.push({
            afterKey: !!key,
            before: items.length
          });
        } else if (item.type === PlainValue.Type.COMMENT) {
          checkFlowCommentSpace(doc.errors, item);
          comments.push({
            afterKey: !!key,
            before: items.length,
            comment: item.comment
          });
        } else if (key === void 0) {
          if (next === ",") doc.errors.push(new PlainValue.YAMLSemanticError(item, "Separator , missing in flow map"));
          key = resolveNode(doc, item);
        } else {
          if (next !== ",") doc.errors.push(new PlainValue.YAMLSemanticError(item, "Indicator : missing in flow map entry"));
          items.push(new Pair(key, resolveNode(doc, item)));
          key = void 0;
          explicitKey = false;
        }
      }
      checkFlowCollectionEnd(doc.errors, cst);
      if (key !== void 0) items.push(new Pair(key));
      return {
        comments,
        items
      };
    }
    function resolveSeq(doc, cst) {
      if (cst.type !== PlainValue.Type.SEQ && cst.type !== PlainValue.Type.FLOW_SEQ) {
        const msg = `A ${cst.type} node cannot be resolved as a sequence`;
        doc.errors.push(new PlainValue.YAMLSyntaxError(cst, msg));
        return null;
      }
      const {
        comments,
        items
      } = cst.type === PlainValue.Type.FLOW_SEQ ? resolveFlowSeqItems(doc, cst) : resolveBlockSeqItems(doc, cst);
      const seq2 = new YAMLSeq2();
      seq2.items = items;
      resolveComments(seq2, comments);
      if (!doc.options.mapAsMap && items.some((it) => it instanceof Pair && it.key instanceof Collection)) {
        const warn = "Keys with collection values will be stringified as YAML due to JS Object restrictions. Use mapAsMap: true to avoid this.";
        doc.warnings.push(new PlainValue.YAMLWarning(cst, warn));
      }
      cst.resolved = seq2;
      return seq2;
    }
    function resolveBlockSeqItems(doc, cst) {
      const comments = [];
      const items = [];
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        switch (item.type) {
          case PlainValue.Type.BLANK_LINE:
            comments.push({
              before: items.length
            });
            break;
          case PlainValue.Type.COMMENT:
            comments.push({
              comment: item.comment,
              before: items.length
            });
            break;
          case PlainValue.Type.SEQ_ITEM:
            if (item.error) doc.errors.push(item.error);
            items.push(resolveNode(doc, item.node));
            if (item.hasProps) {
              const msg = "Sequence items cannot have tags or anchors before the - indicator";
              doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
            }
            break;
          default:
            if (item.error) doc.errors.push(item.error);
            doc.errors.push(new PlainValue.YAMLSyntaxError(item, `Unexpected ${item.type} node in sequence`));
        }
      }
      return {
        comments,
        items
      };
    }
    function resolveFlowSeqItems(doc, cst) {
      const comments = [];
      const items = [];
      let explicitKey = false;
      let key = void 0;
      let keyStart = null;
      let next = "[";
      let prevItem = null;
      for (let i = 0; i < cst.items.length; ++i) {
        const item = cst.items[i];
        if (typeof item.char === "string") {
          const {
            char,
            offset
          } = item;
          if (char !== ":" && (explicitKey || key !== void 0)) {
            if (explicitKey && key === void 0) key = next ? items.pop() : null;
            items.push(new Pair(key));
            explicitKey = false;
            key = void 0;
            keyStart = null;
          }
          if (char === next) {
            next = null;
          } else if (!next && char === "?") {
            explicitKey = true;
          } else if (next !== "[" && char === ":" && key === void 0) {
            if (next === ",") {
              key = items.pop();
              if (key instanceof Pair) {
                const msg = "Chaining flow sequence pairs is invalid";
                const err = new PlainValue.YAMLSemanticError(cst, msg);
                err.offset = offset;
                doc.errors.push(err);
              }
              if (!explicitKey && typeof keyStart === "number") {
                const keyEnd = item.range ? item.range.start : item.offset;
                if (keyEnd > keyStart + 1024) doc.errors.push(getLongKeyError(cst, key));
                const {
                  src
                } = prevItem.context;
                for (let i2 = keyStart; i2 < keyEnd; ++i2) if (src[i2] === "\n") {
                  const msg = "Implicit keys of flow sequence pairs need to be on a single line";
                  doc.errors.push(new PlainValue.YAMLSemanticError(prevItem, msg));
                  break;
                }
              }
            } else {
              key = null;
            }
            keyStart = null;
            explicitKey = false;
            next = null;
          } else if (next === "[" || char !== "]" || i < cst.items.length - 1) {
            const msg = `Flow sequence contains an unexpected ${char}`;
            const err = new PlainValue.YAMLSyntaxError(cst, msg);
            err.offset = offset;
            doc.errors.push(err);
          }
        } else if (item.type === PlainValue.Type.BLANK_LINE) {
          comments.push({
            before: items.length
          });
        } else if (item.type === PlainValue.Type.COMMENT) {
          checkFlowCommentSpace(doc.errors, item);
          comments.push({
            comment: item.comment,
            before: items.length
          });
        } else {
          if (next) {
            const msg = `Expected a ${next} in flow sequence`;
            doc.errors.push(new PlainValue.YAMLSemanticError(item, msg));
          }
          const value = resolveNode(doc, item);
          if (key === void 0) {
            items.push(value);
            prevItem = item;
          } else {
            items.push(new Pair(key, value));
            key = void 0;
          }
          keyStart = item.range.start;
          next = ",";
        }
      }
      checkFlowCollectionEnd(doc.errors, cst);
      if (key !== void 0) items.push(new Pair(key));
      return {
        comments,
        items
      };
    }
    exports.Alias = Alias;
    exports.Collection = Collection;
    exports.Merge = Merge;
    exports.Node = Node;
    exports.Pair = Pair;
    exports.Scalar = Scalar2;
    exports.YAMLMap = YAMLMap2;
    exports.YAMLSeq = YAMLSeq2;
    exports.addComment = addComment;
    exports.binaryOptions = binaryOptions;
    exports.boolOptions = boolOptions;
    exports.findPair = findPair;
    exports.intOptions = intOptions;
    exports.isEmptyPath = isEmptyPath;
    exports.nullOptions = nullOptions;
    exports.resolveMap = resolveMap;
    exports.resolveNode = resolveNode;
    exports.resolveSeq = resolveSeq;
    exports.resolveString = resolveString;
    exports.strOptions = strOptions;
    exports.stringifyNumber = stringifyNumber;
    exports.stringifyString = stringifyString;
    exports.toJSON = toJSON;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/warnings-793925ce.js
var require_warnings_793925ce = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/warnings-793925ce.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve: (doc, node) => {
        const src = resolveSeq.resolveString(doc, node);
        if (typeof Buffer === "function") {
          return Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i) buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          const msg = "This environment does not support reading binary tags; either Buffer or atob is required";
          doc.errors.push(new PlainValue.YAMLReferenceError(node, msg));
          return null;
        }
      },
      options: resolveSeq.binaryOptions,
      stringify: ({
        comment,
        type,
        value
      }, ctx, onComment, onChompKeep) => {
        let src;
        if (typeof Buffer === "function") {
          src = value instanceof Buffer ? value.toString("base64") : Buffer.from(value.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < value.length; ++i) s += String.fromCharCode(value[i]);
          src = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        if (!type) type = resolveSeq.binaryOptions.defaultType;
        if (type === PlainValue.Type.QUOTE_DOUBLE) {
          value = src;
        } else {
          const {
            lineWidth
          } = resolveSeq.binaryOptions;
          const n2 = Math.ceil(src.length / lineWidth);
          const lines = new Array(n2);
          for (let i = 0, o = 0; i < n2; ++i, o += lineWidth) {
            lines[i] = src.substr(o, lineWidth);
          }
          value = lines.join(type === PlainValue.Type.BLOCK_LITERAL ? "\n" : " ");
        }
        return resolveSeq.stringifyString({
          comment,
          type,
          value
        }, ctx, onComment, onChompKeep);
      }
    };
    function parsePairs(doc, cst) {
      const seq2 = resolveSeq.resolveSeq(doc, cst);
      for (let i = 0; i < seq2.items.length; ++i) {
        let item = seq2.items[i];
        if (item instanceof resolveSeq.Pair) continue;
        else if (item instanceof resolveSeq.YAMLMap) {
          if (item.items.length > 1) {
            const msg = "Each pair must have its own sequence indicator";
            throw new PlainValue.YAMLSemanticError(cst, msg);
          }
          const pair = item.items[0] || new resolveSeq.Pair();
          if (item.commentBefore) pair.commentBefore = pair.commentBefore ? `${item.commentBefore}
${pair.commentBefore}` : item.commentBefore;
          if (item.comment) pair.comment = pair.comment ? `${item.comment}
${pair.comment}` : item.comment;
          item = pair;
        }
        seq2.items[i] = item instanceof resolveSeq.Pair ? item : new resolveSeq.Pair(item);
      }
      return seq2;
    }
    function createPairs(schema, iterable, ctx) {
      const pairs2 = new resolveSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      for (const it of iterable) {
        let key, value;
        if (Array.isArray(it)) {
          if (it.length === 2) {
            key = it[0];
            value = it[1];
          } else throw new TypeError(`Expected [key, value] tuple: ${it}`);
        } else if (it && it instanceof Object) {
          const keys = Object.keys(it);
          if (keys.length === 1) {
            key = keys[0];
            value = it[key];
          } else throw new TypeError(`Expected { key: value } tuple: ${it}`);
        } else {
          key = it;
        }
        const pair = schema.createPair(key, value, ctx);
        pairs2.items.push(pair);
      }
      return pairs2;
    }
    var pairs = {
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: parsePairs,
      createNode: createPairs
    };
    var YAMLOMap = class _YAMLOMap extends resolveSeq.YAMLSeq {
      constructor() {
        super();
        PlainValue._defineProperty(this, "add", resolveSeq.YAMLMap.prototype.add.bind(this));
        PlainValue._defineProperty(this, "delete", resolveSeq.YAMLMap.prototype.delete.bind(this));
        PlainValue._defineProperty(this, "get", resolveSeq.YAMLMap.prototype.get.bind(this));
        PlainValue._defineProperty(this, "has", resolveSeq.YAMLMap.prototype.has.bind(this));
        PlainValue._defineProperty(this, "set", resolveSeq.YAMLMap.prototype.set.bind(this));
        this.tag = _YAMLOMap.tag;
      }
      toJSON(_, ctx) {
        const map = /* @__PURE__ */ new Map();
        if (ctx && ctx.onCreate) ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (pair instanceof resolveSeq.Pair) {
            key = resolveSeq.toJSON(pair.key, "", ctx);
            value = resolveSeq.toJSON(pair.value, key, ctx);
          } else {
            key = resolveSeq.toJSON(pair, "", ctx);
          }
          if (map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
    };
    PlainValue._defineProperty(YAMLOMap, "tag", "tag:yaml.org,2002:omap");
    function parseOMap(doc, cst) {
      const pairs2 = parsePairs(doc, cst);
      const seenKeys = [];
      for (const {
        key
      } of pairs2.items) {
        if (key instanceof resolveSeq.Scalar) {
          if (seenKeys.includes(key.value)) {
            const msg = "Ordered maps must not include duplicate keys";
            throw new PlainValue.YAMLSemanticError(cst, msg);
          } else {
            seenKeys.push(key.value);
          }
        }
      }
      return Object.assign(new YAMLOMap(), pairs2);
    }
    function createOMap(schema, iterable, ctx) {
      const pairs2 = createPairs(schema, iterable, ctx);
      const omap2 = new YAMLOMap();
      omap2.items = pairs2.items;
      return omap2;
    }
    var omap = {
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve: parseOMap,
      createNode: createOMap
    };
    var YAMLSet = class _YAMLSet extends resolveSeq.YAMLMap {
      constructor() {
        super();
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        const pair = key instanceof resolveSeq.Pair ? key : new resolveSeq.Pair(key);
        const prev = resolveSeq.findPair(this.items, pair.key);
        if (!prev) this.items.push(pair);
      }
      get(key, keepPair) {
        const pair = resolveSeq.findPair(this.items, key);
        return !keepPair && pair instanceof resolveSeq.Pair ? pair.key instanceof resolveSeq.Scalar ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = resolveSeq.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new resolveSeq.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx) return JSON.stringify(this);
        if (this.hasAllNullValues()) return super.toString(ctx, onComment, onChompKeep);
        else throw new Error("Set items must all have null values");
      }
    };
    PlainValue._defineProperty(YAMLSet, "tag", "tag:yaml.org,2002:set");
    function parseSet(doc, cst) {
      const map = resolveSeq.resolveMap(doc, cst);
      if (!map.hasAllNullValues()) throw new PlainValue.YAMLSemanticError(cst, "Set items must all have null values");
      return Object.assign(new YAMLSet(), map);
    }
    function createSet(schema, iterable, ctx) {
      const set2 = new YAMLSet();
      for (const value of iterable) set2.items.push(schema.createPair(value, null, ctx));
      return set2;
    }
    var set = {
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      resolve: parseSet,
      createNode: createSet
    };
    var parseSexagesimal = (sign, parts) => {
      const n2 = parts.split(":").reduce((n3, p) => n3 * 60 + Number(p), 0);
      return sign === "-" ? -n2 : n2;
    };
    var stringifySexagesimal = ({
      value
    }) => {
      if (isNaN(value) || !isFinite(value)) return resolveSeq.stringifyNumber(value);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value = Math.abs(value);
      }
      const parts = [value % 60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = Math.round((value - parts[0]) / 60);
        parts.unshift(value % 60);
        if (value >= 60) {
          value = Math.round((value - parts[0]) / 60);
          parts.unshift(value);
        }
      }
      return sign + parts.map((n2) => n2 < 10 ? "0" + String(n2) : String(n2)).join(":").replace(/000000\d*$/, "");
    };
    var intTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+)$/,
      resolve: (str2, sign, parts) => parseSexagesimal(sign, parts.replace(/_/g, "")),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^([-+]?)([0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/,
      resolve: (str2, sign, parts) => parseSexagesimal(sign, parts.replace(/_/g, "")),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^(?:([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?)$"),
      resolve: (str2, year, month, day, hour, minute, second, millisec, tz) => {
        if (millisec) millisec = (millisec + "00").substr(1, 3);
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec || 0);
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz[0], tz.slice(1));
          if (Math.abs(d) < 30) d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({
        value
      }) => value.toISOString().replace(/((T00:00)?:00)?\.000Z$/, "")
    };
    function shouldWarn(deprecation) {
      const env = typeof process !== "undefined" && process.env || {};
      if (deprecation) {
        if (typeof YAML_SILENCE_DEPRECATION_WARNINGS !== "undefined") return !YAML_SILENCE_DEPRECATION_WARNINGS;
        return !env.YAML_SILENCE_DEPRECATION_WARNINGS;
      }
      if (typeof YAML_SILENCE_WARNINGS !== "undefined") return !YAML_SILENCE_WARNINGS;
      return !env.YAML_SILENCE_WARNINGS;
    }
    function warn(warning, type) {
      if (shouldWarn(false)) {
        const emit = typeof process !== "undefined" && process.emitWarning;
        if (emit) emit(warning, type);
        else {
          console.warn(type ? `${type}: ${warning}` : warning);
        }
      }
    }
    function warnFileDeprecation(filename) {
      if (shouldWarn(true)) {
        const path = filename.replace(/.*yaml[/\\]/i, "").replace(/\.js$/, "").replace(/\\/g, "/");
        warn(`The endpoint 'yaml/${path}' will be removed in a future release.`, "DeprecationWarning");
      }
    }
    var warned = {};
    function warnOptionDeprecation(name, alternative) {
      if (!warned[name] && shouldWarn(true)) {
        warned[name] = true;
        let msg = `The option '${name}' will be removed in a future release`;
        msg += alternative ? `, use '${alternative}' instead.` : ".";
        warn(msg, "DeprecationWarning");
      }
    }
    exports.binary = binary2;
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.omap = omap;
    exports.pairs = pairs;
    exports.set = set;
    exports.timestamp = timestamp;
    exports.warn = warn;
    exports.warnFileDeprecation = warnFileDeprecation;
    exports.warnOptionDeprecation = warnOptionDeprecation;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Schema-bcc6c2d7.js
var require_Schema_bcc6c2d7 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Schema-bcc6c2d7.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var warnings = require_warnings_793925ce();
    function createMap(schema, obj2, ctx) {
      const map2 = new resolveSeq.YAMLMap(schema);
      if (obj2 instanceof Map) {
        for (const [key, value] of obj2) map2.items.push(schema.createPair(key, value, ctx));
      } else if (obj2 && typeof obj2 === "object") {
        for (const key of Object.keys(obj2)) map2.items.push(schema.createPair(key, obj2[key], ctx));
      }
      if (typeof schema.sortMapEntries === "function") {
        map2.items.sort(schema.sortMapEntries);
      }
      return map2;
    }
    var map = {
      createNode: createMap,
      default: true,
      nodeClass: resolveSeq.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve: resolveSeq.resolveMap
    };
    function createSeq(schema, obj2, ctx) {
      const seq3 = new resolveSeq.YAMLSeq(schema);
      if (obj2 && obj2[Symbol.iterator]) {
        for (const it of obj2) {
          const v = schema.createNode(it, ctx.wrapScalars, null, ctx);
          seq3.items.push(v);
        }
      }
      return seq3;
    }
    var seq2 = {
      createNode: createSeq,
      default: true,
      nodeClass: resolveSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve: resolveSeq.resolveSeq
    };
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: resolveSeq.resolveString,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({
          actualString: true
        }, ctx);
        return resolveSeq.stringifyString(item, ctx, onComment, onChompKeep);
      },
      options: resolveSeq.strOptions
    };
    var failsafe = [map, seq2, string];
    var intIdentify$2 = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve$1 = (src, part, radix) => resolveSeq.intOptions.asBigInt ? BigInt(src) : parseInt(part, radix);
    function intStringify$1(node, radix, prefix) {
      const {
        value
      } = node;
      if (intIdentify$2(value) && value >= 0) return prefix + value.toString(radix);
      return resolveSeq.stringifyNumber(node);
    }
    var nullObj = {
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => null,
      options: resolveSeq.nullOptions,
      stringify: () => resolveSeq.nullOptions.nullStr
    };
    var boolObj = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => str2[0] === "t" || str2[0] === "T",
      options: resolveSeq.boolOptions,
      stringify: ({
        value
      }) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr
    };
    var octObj = {
      identify: (value) => intIdentify$2(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o([0-7]+)$/,
      resolve: (str2, oct) => intResolve$1(str2, oct, 8),
      options: resolveSeq.intOptions,
      stringify: (node) => intStringify$1(node, 8, "0o")
    };
    var intObj = {
      identify: intIdentify$2,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2) => intResolve$1(str2, str2, 10),
      options: resolveSeq.intOptions,
      stringify: resolveSeq.stringifyNumber
    };
    var hexObj = {
      identify: (value) => intIdentify$2(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x([0-9a-fA-F]+)$/,
      resolve: (str2, hex) => intResolve$1(str2, hex, 16),
      options: resolveSeq.intOptions,
      stringify: (node) => intStringify$1(node, 16, "0x")
    };
    var nanObj = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.inf|(\.nan))$/i,
      resolve: (str2, nan) => nan ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: resolveSeq.stringifyNumber
    };
    var expObj = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify: ({
        value
      }) => Number(value).toExponential()
    };
    var floatObj = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.([0-9]+)|[0-9]+\.([0-9]*))$/,
      resolve(str2, frac1, frac2) {
        const frac = frac1 || frac2;
        const node = new resolveSeq.Scalar(parseFloat(str2));
        if (frac && frac[frac.length - 1] === "0") node.minFractionDigits = frac.length;
        return node;
      },
      stringify: resolveSeq.stringifyNumber
    };
    var core = failsafe.concat([nullObj, boolObj, octObj, intObj, hexObj, nanObj, expObj, floatObj]);
    var intIdentify$1 = (value) => typeof value === "bigint" || Number.isInteger(value);
    var stringifyJSON = ({
      value
    }) => JSON.stringify(value);
    var json = [map, seq2, {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: resolveSeq.resolveString,
      stringify: stringifyJSON
    }, {
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^null$/,
      resolve: () => null,
      stringify: stringifyJSON
    }, {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^true|false$/,
      resolve: (str2) => str2 === "true",
      stringify: stringifyJSON
    }, {
      identify: intIdentify$1,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^-?(?:0|[1-9][0-9]*)$/,
      resolve: (str2) => resolveSeq.intOptions.asBigInt ? BigInt(str2) : parseInt(str2, 10),
      stringify: ({
        value
      }) => intIdentify$1(value) ? value.toString() : JSON.stringify(value)
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
      resolve: (str2) => parseFloat(str2),
      stringify: stringifyJSON
    }];
    json.scalarFallback = (str2) => {
      throw new SyntaxError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
    };
    var boolStringify = ({
      value
    }) => value ? resolveSeq.boolOptions.trueStr : resolveSeq.boolOptions.falseStr;
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(sign, src, radix) {
      let str2 = src.replace(/_/g, "");
      if (resolveSeq.intOptions.asBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n3 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n3 : n3;
      }
      const n2 = parseInt(str2, radix);
      return sign === "-" ? -1 * n2 : n2;
    }
    function intStringify(node, radix, prefix) {
      const {
        value
      } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return resolveSeq.stringifyNumber(node);
    }
    var yaml11 = failsafe.concat([{
      identify: (value) => value == null,
      createNode: (schema, value, ctx) => ctx.wrapScalars ? new resolveSeq.Scalar(null) : null,
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => null,
      options: resolveSeq.nullOptions,
      stringify: () => resolveSeq.nullOptions.nullStr
    }, {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => true,
      options: resolveSeq.boolOptions,
      stringify: boolStringify
    }, {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/i,
      resolve: () => false,
      options: resolveSeq.boolOptions,
      stringify: boolStringify
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^([-+]?)0b([0-1_]+)$/,
      resolve: (str2, sign, bin) => intResolve(sign, bin, 2),
      stringify: (node) => intStringify(node, 2, "0b")
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^([-+]?)0([0-7_]+)$/,
      resolve: (str2, sign, oct) => intResolve(sign, oct, 8),
      stringify: (node) => intStringify(node, 8, "0")
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^([-+]?)([0-9][0-9_]*)$/,
      resolve: (str2, sign, abs) => intResolve(sign, abs, 10),
      stringify: resolveSeq.stringifyNumber
    }, {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^([-+]?)0x([0-9a-fA-F_]+)$/,
      resolve: (str2, sign, hex) => intResolve(sign, hex, 16),
      stringify: (node) => intStringify(node, 16, "0x")
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.inf|(\.nan))$/i,
      resolve: (str2, nan) => nan ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: resolveSeq.stringifyNumber
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify: ({
        value
      }) => Number(value).toExponential()
    }, {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.([0-9_]*)$/,
      resolve(str2, frac) {
        const node = new resolveSeq.Scalar(parseFloat(str2.replace(/_/g, "")));
        if (frac) {
          const f = frac.replace(/_/g, "");
          if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: resolveSeq.stringifyNumber
    }], warnings.binary, warnings.omap, warnings.pairs, warnings.set, warnings.intTime, warnings.floatTime, warnings.timestamp);
    var schemas = {
      core,
      failsafe,
      json,
      yaml11
    };
    var tags = {
      binary: warnings.binary,
      bool: boolObj,
      float: floatObj,
      floatExp: expObj,
      floatNaN: nanObj,
      floatTime: warnings.floatTime,
      int: intObj,
      intHex: hexObj,
      intOct: octObj,
      intTime: warnings.intTime,
      map,
      null: nullObj,
      omap: warnings.omap,
      pairs: warnings.pairs,
      seq: seq2,
      set: warnings.set,
      timestamp: warnings.timestamp
    };
    function findTagObject(value, tagName, tags2) {
      if (tagName) {
        const match = tags2.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) || match[0];
        if (!tagObj) throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags2.find((t) => (t.identify && t.identify(value) || t.class && value instanceof t.class) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (value instanceof resolveSeq.Node) return value;
      const {
        defaultPrefix,
        onTagObj,
        prevObjects,
        schema,
        wrapScalars
      } = ctx;
      if (tagName && tagName.startsWith("!!")) tagName = defaultPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (typeof value.toJSON === "function") value = value.toJSON();
        if (!value || typeof value !== "object") return wrapScalars ? new resolveSeq.Scalar(value) : value;
        tagObj = value instanceof Map ? map : value[Symbol.iterator] ? seq2 : map;
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const obj2 = {
        value: void 0,
        node: void 0
      };
      if (value && typeof value === "object" && prevObjects) {
        const prev = prevObjects.get(value);
        if (prev) {
          const alias = new resolveSeq.Alias(prev);
          ctx.aliasNodes.push(alias);
          return alias;
        }
        obj2.value = value;
        prevObjects.set(value, obj2);
      }
      obj2.node = tagObj.createNode ? tagObj.createNode(ctx.schema, value, ctx) : wrapScalars ? new resolveSeq.Scalar(value) : value;
      if (tagName && obj2.node instanceof resolveSeq.Node) obj2.node.tag = tagName;
      return obj2.node;
    }
    function getSchemaTags(schemas2, knownTags, customTags, schemaId) {
      let tags2 = schemas2[schemaId.replace(/\W/g, "")];
      if (!tags2) {
        const keys = Object.keys(schemas2).map((key) => JSON.stringify(key)).join(", ");
        throw new Error(`Unknown schema "${schemaId}"; use one of ${keys}`);
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags) tags2 = tags2.concat(tag);
      } else if (typeof customTags === "function") {
        tags2 = customTags(tags2.slice());
      }
      for (let i = 0; i < tags2.length; ++i) {
        const tag = tags2[i];
        if (typeof tag === "string") {
          const tagObj = knownTags[tag];
          if (!tagObj) {
            const keys = Object.keys(knownTags).map((key) => JSON.stringify(key)).join(", ");
            throw new Error(`Unknown custom tag "${tag}"; use one of ${keys}`);
          }
          tags2[i] = tagObj;
        }
      }
      return tags2;
    }
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      // TODO: remove in v2
      constructor({
        customTags,
        merge,
        schema,
        sortMapEntries,
        tags: deprecatedCustomTags
      }) {
        this.merge = !!merge;
        this.name = schema;
        this.sortMapEntries = sortMapEntries === true ? sortMapEntriesByKey : sortMapEntries || null;
        if (!customTags && deprecatedCustomTags) warnings.warnOptionDeprecation("tags", "customTags");
        this.tags = getSchemaTags(schemas, tags, customTags || deprecatedCustomTags, schema);
      }
      createNode(value, wrapScalars, tagName, ctx) {
        const baseCtx = {
          defaultPrefix: _Schema.defaultPrefix,
          schema: this,
          wrapScalars
        };
        const createCtx = ctx ? Object.assign(ctx, baseCtx) : baseCtx;
        return createNode(value, tagName, createCtx);
      }
      createPair(key, value, ctx) {
        if (!ctx) ctx = {
          wrapScalars: true
        };
        const k = this.createNode(key, ctx.wrapScalars, null, ctx);
        const v = this.createNode(value, ctx.wrapScalars, null, ctx);
        return new resolveSeq.Pair(k, v);
      }
    };
    PlainValue._defineProperty(Schema, "defaultPrefix", PlainValue.defaultTagPrefix);
    PlainValue._defineProperty(Schema, "defaultTags", PlainValue.defaultTags);
    exports.Schema = Schema;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Document-a8d0fbf9.js
var require_Document_a8d0fbf9 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/Document-a8d0fbf9.js"(exports) {
    "use strict";
    var PlainValue = require_PlainValue_516d5bc2();
    var resolveSeq = require_resolveSeq_95613e94();
    var Schema = require_Schema_bcc6c2d7();
    var defaultOptions = {
      anchorPrefix: "a",
      customTags: null,
      indent: 2,
      indentSeq: true,
      keepCstNodes: false,
      keepNodeTypes: true,
      keepBlobsInJSON: true,
      mapAsMap: false,
      maxAliasCount: 100,
      prettyErrors: false,
      // TODO Set true in v2
      simpleKeys: false,
      version: "1.2"
    };
    var scalarOptions = {
      get binary() {
        return resolveSeq.binaryOptions;
      },
      set binary(opt) {
        Object.assign(resolveSeq.binaryOptions, opt);
      },
      get bool() {
        return resolveSeq.boolOptions;
      },
      set bool(opt) {
        Object.assign(resolveSeq.boolOptions, opt);
      },
      get int() {
        return resolveSeq.intOptions;
      },
      set int(opt) {
        Object.assign(resolveSeq.intOptions, opt);
      },
      get null() {
        return resolveSeq.nullOptions;
      },
      set null(opt) {
        Object.assign(resolveSeq.nullOptions, opt);
      },
      get str() {
        return resolveSeq.strOptions;
      },
      set str(opt) {
        Object.assign(resolveSeq.strOptions, opt);
      }
    };
    var documentOptions = {
      "1.0": {
        schema: "yaml-1.1",
        merge: true,
        tagPrefixes: [{
          handle: "!",
          prefix: PlainValue.defaultTagPrefix
        }, {
          handle: "!!",
          prefix: "tag:private.yaml.org,2002:"
        }]
      },
      1.1: {
        schema: "yaml-1.1",
        merge: true,
        tagPrefixes: [{
          handle: "!",
          prefix: "!"
        }, {
          handle: "!!",
          prefix: PlainValue.defaultTagPrefix
        }]
      },
      1.2: {
        schema: "core",
        merge: false,
        tagPrefixes: [{
          handle: "!",
          prefix: "!"
        }, {
          handle: "!!",
          prefix: PlainValue.defaultTagPrefix
        }]
      }
    };
    function stringifyTag(doc, tag) {
      if ((doc.version || doc.options.version) === "1.0") {
        const priv = tag.match(/^tag:private\.yaml\.org,2002:([^:/]+)$/);
        if (priv) return "!" + priv[1];
        const vocab = tag.match(/^tag:([a-zA-Z0-9-]+)\.yaml\.org,2002:(.*)/);
        return vocab ? `!${vocab[1]}/${vocab[2]}` : `!${tag.replace(/^tag:/, "")}`;
      }
      let p = doc.tagPrefixes.find((p2) => tag.indexOf(p2.prefix) === 0);
      if (!p) {
        const dtp = doc.getDefaults().tagPrefixes;
        p = dtp && dtp.find((p2) => tag.indexOf(p2.prefix) === 0);
      }
      if (!p) return tag[0] === "!" ? tag : `!<${tag}>`;
      const suffix = tag.substr(p.prefix.length).replace(/[!,[\]{}]/g, (ch) => ({
        "!": "%21",
        ",": "%2C",
        "[": "%5B",
        "]": "%5D",
        "{": "%7B",
        "}": "%7D"
      })[ch]);
      return p.handle + suffix;
    }
    function getTagObject(tags, item) {
      if (item instanceof resolveSeq.Alias) return resolveSeq.Alias;
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0) return match.find((t) => t.format === item.format) || match[0];
      }
      let tagObj, obj2;
      if (item instanceof resolveSeq.Scalar) {
        obj2 = item.value;
        const match = tags.filter((t) => t.identify && t.identify(obj2) || t.class && obj2 instanceof t.class);
        tagObj = match.find((t) => t.format === item.format) || match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2 && obj2.constructor ? obj2.constructor.name : typeof obj2;
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, {
      anchors,
      doc
    }) {
      const props = [];
      const anchor = doc.anchors.getName(node);
      if (anchor) {
        anchors[anchor] = node;
        props.push(`&${anchor}`);
      }
      if (node.tag) {
        props.push(stringifyTag(doc, node.tag));
      } else if (!tagObj.default) {
        props.push(stringifyTag(doc, tagObj.tag));
      }
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      const {
        anchors,
        schema
      } = ctx.doc;
      let tagObj;
      if (!(item instanceof resolveSeq.Node)) {
        const createCtx = {
          aliasNodes: [],
          onTagObj: (o) => tagObj = o,
          prevObjects: /* @__PURE__ */ new Map()
        };
        item = schema.createNode(item, true, null, createCtx);
        for (const alias of createCtx.aliasNodes) {
          alias.source = alias.source.node;
          let name = anchors.getName(alias.source);
          if (!name) {
            name = anchors.newName();
            anchors.map[name] = alias.source;
          }
        }
      }
      if (item instanceof resolveSeq.Pair) return item.toString(ctx, onComment, onChompKeep);
      if (!tagObj) tagObj = getTagObject(schema.tags, item);
      const props = stringifyProps(item, tagObj, ctx);
      if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart || 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(item, ctx, onComment, onChompKeep) : item instanceof resolveSeq.Scalar ? resolveSeq.stringifyString(item, ctx, onComment, onChompKeep) : item.toString(ctx, onComment, onChompKeep);
      if (!props) return str2;
      return item instanceof resolveSeq.Scalar || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    var Anchors = class _Anchors {
      static validAnchorNode(node) {
        return node instanceof resolveSeq.Scalar || node instanceof resolveSeq.YAMLSeq || node instanceof resolveSeq.YAMLMap;
      }
      constructor(prefix) {
        PlainValue._defineProperty(this, "map", /* @__PURE__ */ Object.create(null));
        this.prefix = prefix;
      }
      createAlias(node, name) {
        this.setAnchor(node, name);
        return new resolveSeq.Alias(node);
      }
      createMergePair(...sources) {
        const merge = new resolveSeq.Merge();
        merge.value.items = sources.map((s) => {
          if (s instanceof resolveSeq.Alias) {
            if (s.source instanceof resolveSeq.YAMLMap) return s;
          } else if (s instanceof resolveSeq.YAMLMap) {
            return this.createAlias(s);
          }
          throw new Error("Merge sources must be Map nodes or their Aliases");
        });
        return merge;
      }
      getName(node) {
        const {
          map
        } = this;
        return Object.keys(map).find((a) => map[a] === node);
      }
      getNames() {
        return Object.keys(this.map);
      }
      getNode(name) {
        return this.map[name];
      }
      newName(prefix) {
        if (!prefix) prefix = this.prefix;
        const names = Object.keys(this.map);
        for (let i = 1; true; ++i) {
          const name = `${prefix}${i}`;
          if (!names.includes(name)) return name;
        }
      }
      // During parsing, map & aliases contain CST nodes
      resolveNodes() {
        const {
          map,
          _cstAliases
        } = this;
        Object.keys(map).forEach((a) => {
          map[a] = map[a].resolved;
        });
        _cstAliases.forEach((a) => {
          a.source = a.source.resolved;
        });
        delete this._cstAliases;
      }
      setAnchor(node, name) {
        if (node != null && !_Anchors.validAnchorNode(node)) {
          throw new Error("Anchors may only be set for Scalar, Seq and Map nodes");
        }
        if (name && /[\x00-\x19\s,[\]{}]/.test(name)) {
          throw new Error("Anchor names must not contain whitespace or control characters");
        }
        const {
          map
        } = this;
        const prev = node && Object.keys(map).find((a) => map[a] === node);
        if (prev) {
          if (!name) {
            return prev;
          } else if (prev !== name) {
            delete map[prev];
            map[name] = node;
          }
        } else {
          if (!name) {
            if (!node) return null;
            name = this.newName();
          }
          map[name] = node;
        }
        return name;
      }
    };
    var visit2 = (node, tags) => {
      if (node && typeof node === "object") {
        const {
          tag
        } = node;
        if (node instanceof resolveSeq.Collection) {
          if (tag) tags[tag] = true;
          node.items.forEach((n2) => visit2(n2, tags));
        } else if (node instanceof resolveSeq.Pair) {
          visit2(node.key, tags);
          visit2(node.value, tags);
        } else if (node instanceof resolveSeq.Scalar) {
          if (tag) tags[tag] = true;
        }
      }
      return tags;
    };
    var listTagNames = (node) => Object.keys(visit2(node, {}));
    function parseContents(doc, contents) {
      const comments = {
        before: [],
        after: []
      };
      let body = void 0;
      let spaceBefore = false;
      for (const node of contents) {
        if (node.valueRange) {
          if (body !== void 0) {
            const msg = "Document contains trailing content not separated by a ... or --- line";
            doc.errors.push(new PlainValue.YAMLSyntaxError(node, msg));
            break;
          }
          const res = resolveSeq.resolveNode(doc, node);
          if (spaceBefore) {
            res.spaceBefore = true;
            spaceBefore = false;
          }
          body = res;
        } else if (node.comment !== null) {
          const cc = body === void 0 ? comments.before : comments.after;
          cc.push(node.comment);
        } else if (node.type === PlainValue.Type.BLANK_LINE) {
          spaceBefore = true;
          if (body === void 0 && comments.before.length > 0 && !doc.commentBefore) {
            doc.commentBefore = comments.before.join("\n");
            comments.before = [];
          }
        }
      }
      doc.contents = body || null;
      if (!body) {
        doc.comment = comments.before.concat(comments.after).join("\n") || null;
      } else {
        const cb = comments.before.join("\n");
        if (cb) {
          const cbNode = body instanceof resolveSeq.Collection && body.items[0] ? body.items[0] : body;
          cbNode.commentBefore = cbNode.commentBefore ? `${cb}
${cbNode.commentBefore}` : cb;
        }
        doc.comment = comments.after.join("\n") || null;
      }
    }
    function resolveTagDirective({
      tagPrefixes
    }, directive) {
      const [handle, prefix] = directive.parameters;
      if (!handle || !prefix) {
        const msg = "Insufficient parameters given for %TAG directive";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      if (tagPrefixes.some((p) => p.handle === handle)) {
        const msg = "The %TAG directive must only be given at most once per handle in the same document.";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      return {
        handle,
        prefix
      };
    }
    function resolveYamlDirective(doc, directive) {
      let [version] = directive.parameters;
      if (directive.name === "YAML:1.0") version = "1.0";
      if (!version) {
        const msg = "Insufficient parameters given for %YAML directive";
        throw new PlainValue.YAMLSemanticError(directive, msg);
      }
      if (!documentOptions[version]) {
        const v0 = doc.version || doc.options.version;
        const msg = `Document will be parsed as YAML ${v0} rather than YAML ${version}`;
        doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
      }
      return version;
    }
    function parseDirectives(doc, directives, prevDoc) {
      const directiveComments = [];
      let hasDirectives = false;
      for (const directive of directives) {
        const {
          comment,
          name
        } = directive;
        switch (name) {
          case "TAG":
            try {
              doc.tagPrefixes.push(resolveTagDirective(doc, directive));
            } catch (error) {
              doc.errors.push(error);
            }
            hasDirectives = true;
            break;
          case "YAML":
          case "YAML:1.0":
            if (doc.version) {
              const msg = "The %YAML directive must only be given at most once per document.";
              doc.errors.push(new PlainValue.YAMLSemanticError(directive, msg));
            }
            try {
              doc.version = resolveYamlDirective(doc, directive);
            } catch (error) {
              doc.errors.push(error);
            }
            hasDirectives = true;
            break;
          default:
            if (name) {
              const msg = `YAML only supports %TAG and %YAML directives, and not %${name}`;
              doc.warnings.push(new PlainValue.YAMLWarning(directive, msg));
            }
        }
        if (comment) directiveComments.push(comment);
      }
      if (prevDoc && !hasDirectives && "1.1" === (doc.version || prevDoc.version || doc.options.version)) {
        const copyTagPrefix = ({
          handle,
          prefix
        }) => ({
          handle,
          prefix
        });
        doc.tagPrefixes = prevDoc.tagPrefixes.map(copyTagPrefix);
        doc.version = prevDoc.version;
      }
      doc.commentBefore = directiveComments.join("\n") || null;
    }
    function assertCollection(contents) {
      if (contents instanceof resolveSeq.Collection) return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    var Document = class _Document {
      constructor(options) {
        this.anchors = new Anchors(options.anchorPrefix);
        this.commentBefore = null;
        this.comment = null;
        this.contents = null;
        this.directivesEndMarker = null;
        this.errors = [];
        this.options = options;
        this.schema = null;
        this.tagPrefixes = [];
        this.version = null;
        this.warnings = [];
      }
      add(value) {
        assertCollection(this.contents);
        return this.contents.add(value);
      }
      addIn(path, value) {
        assertCollection(this.contents);
        this.contents.addIn(path, value);
      }
      delete(key) {
        assertCollection(this.contents);
        return this.contents.delete(key);
      }
      deleteIn(path) {
        if (resolveSeq.isEmptyPath(path)) {
          if (this.contents == null) return false;
          this.contents = null;
          return true;
        }
        assertCollection(this.contents);
        return this.contents.deleteIn(path);
      }
      getDefaults() {
        return _Document.defaults[this.version] || _Document.defaults[this.options.version] || {};
      }
      get(key, keepScalar) {
        return this.contents instanceof resolveSeq.Collection ? this.contents.get(key, keepScalar) : void 0;
      }
      getIn(path, keepScalar) {
        if (resolveSeq.isEmptyPath(path)) return !keepScalar && this.contents instanceof resolveSeq.Scalar ? this.contents.value : this.contents;
        return this.contents instanceof resolveSeq.Collection ? this.contents.getIn(path, keepScalar) : void 0;
      }
      has(key) {
        return this.contents instanceof resolveSeq.Collection ? this.contents.has(key) : false;
      }
      hasIn(path) {
        if (resolveSeq.isEmptyPath(path)) return this.contents !== void 0;
        return this.contents instanceof resolveSeq.Collection ? this.contents.hasIn(path) : false;
      }
      set(key, value) {
        assertCollection(this.contents);
        this.contents.set(key, value);
      }
      setIn(path, value) {
        if (resolveSeq.isEmptyPath(path)) this.contents = value;
        else {
          assertCollection(this.contents);
          this.contents.setIn(path, value);
        }
      }
      setSchema(id, customTags) {
        if (!id && !customTags && this.schema) return;
        if (typeof id === "number") id = id.toFixed(1);
        if (id === "1.0" || id === "1.1" || id === "1.2") {
          if (this.version) this.version = id;
          else this.options.version = id;
          delete this.options.schema;
        } else if (id && typeof id === "string") {
          this.options.schema = id;
        }
        if (Array.isArray(customTags)) this.options.customTags = customTags;
        const opt = Object.assign({}, this.getDefaults(), this.options);
        this.schema = new Schema.Schema(opt);
      }
      parse(node, prevDoc) {
        if (this.options.keepCstNodes) this.cstNode = node;
        if (this.options.keepNodeTypes) this.type = "DOCUMENT";
        const {
          directives = [],
          contents = [],
          directivesEndMarker,
          error,
          valueRange
        } = node;
        if (error) {
          if (!error.source) error.source = this;
          this.errors.push(error);
        }
        parseDirectives(this, directives, prevDoc);
        if (directivesEndMarker) this.directivesEndMarker = true;
        this.range = valueRange ? [valueRange.start, valueRange.end] : null;
        this.setSchema();
        this.anchors._cstAliases = [];
        parseContents(this, contents);
        this.anchors.resolveNodes();
        if (this.options.prettyErrors) {
          for (const error2 of this.errors) if (error2 instanceof PlainValue.YAMLError) error2.makePretty();
          for (const warn of this.warnings) if (warn instanceof PlainValue.YAMLError) warn.makePretty();
        }
        return this;
      }
      listNonDefaultTags() {
        return listTagNames(this.contents).filter((t) => t.indexOf(Schema.Schema.defaultPrefix) !== 0);
      }
      setTagPrefix(handle, prefix) {
        if (handle[0] !== "!" || handle[handle.length - 1] !== "!") throw new Error("Handle must start and end with !");
        if (prefix) {
          const prev = this.tagPrefixes.find((p) => p.handle === handle);
          if (prev) prev.prefix = prefix;
          else this.tagPrefixes.push({
            handle,
            prefix
          });
        } else {
          this.tagPrefixes = this.tagPrefixes.filter((p) => p.handle !== handle);
        }
      }
      toJSON(arg, onAnchor) {
        const {
          keepBlobsInJSON,
          mapAsMap,
          maxAliasCount
        } = this.options;
        const keep = keepBlobsInJSON && (typeof arg !== "string" || !(this.contents instanceof resolveSeq.Scalar));
        const ctx = {
          doc: this,
          indentStep: "  ",
          keep,
          mapAsMap: keep && !!mapAsMap,
          maxAliasCount,
          stringify: stringify2
          // Requiring directly in Pair would create circular dependencies
        };
        const anchorNames = Object.keys(this.anchors.map);
        if (anchorNames.length > 0) ctx.anchors = new Map(anchorNames.map((name) => [this.anchors.map[name], {
          alias: [],
          aliasCount: 0,
          count: 1
        }]));
        const res = resolveSeq.toJSON(this.contents, arg, ctx);
        if (typeof onAnchor === "function" && ctx.anchors) for (const {
          count,
          res: res2
        } of ctx.anchors.values()) onAnchor(res2, count);
        return res;
      }
      toString() {
        if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
        const indentSize = this.options.indent;
        if (!Number.isInteger(indentSize) || indentSize <= 0) {
          const s = JSON.stringify(indentSize);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        this.setSchema();
        const lines = [];
        let hasDirectives = false;
        if (this.version) {
          let vd = "%YAML 1.2";
          if (this.schema.name === "yaml-1.1") {
            if (this.version === "1.0") vd = "%YAML:1.0";
            else if (this.version === "1.1") vd = "%YAML 1.1";
          }
          lines.push(vd);
          hasDirectives = true;
        }
        const tagNames = this.listNonDefaultTags();
        this.tagPrefixes.forEach(({
          handle,
          prefix
        }) => {
          if (tagNames.some((t) => t.indexOf(prefix) === 0)) {
            lines.push(`%TAG ${handle} ${prefix}`);
            hasDirectives = true;
          }
        });
        if (hasDirectives || this.directivesEndMarker) lines.push("---");
        if (this.commentBefore) {
          if (hasDirectives || !this.directivesEndMarker) lines.unshift("");
          lines.unshift(this.commentBefore.replace(/^/gm, "#"));
        }
        const ctx = {
          anchors: /* @__PURE__ */ Object.create(null),
          doc: this,
          indent: "",
          indentStep: " ".repeat(indentSize),
          stringify: stringify2
          // Requiring directly in nodes would create circular dependencies
        };
        let chompKeep = false;
        let contentComment = null;
        if (this.contents) {
          if (this.contents instanceof resolveSeq.Node) {
            if (this.contents.spaceBefore && (hasDirectives || this.directivesEndMarker)) lines.push("");
            if (this.contents.commentBefore) lines.push(this.contents.commentBefore.replace(/^/gm, "#"));
            ctx.forceBlockIndent = !!this.comment;
            contentComment = this.contents.comment;
          }
          const onChompKeep = contentComment ? null : () => chompKeep = true;
          const body = stringify2(this.contents, ctx, () => contentComment = null, onChompKeep);
          lines.push(resolveSeq.addComment(body, "", contentComment));
        } else if (this.contents !== void 0) {
          lines.push(stringify2(this.contents, ctx));
        }
        if (this.comment) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
          lines.push(this.comment.replace(/^/gm, "#"));
        }
        return lines.join("\n") + "\n";
      }
    };
    PlainValue._defineProperty(Document, "defaults", documentOptions);
    exports.Document = Document;
    exports.defaultOptions = defaultOptions;
    exports.scalarOptions = scalarOptions;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var parseCst = require_parse_cst();
    var Document$1 = require_Document_a8d0fbf9();
    var Schema = require_Schema_bcc6c2d7();
    var PlainValue = require_PlainValue_516d5bc2();
    var warnings = require_warnings_793925ce();
    require_resolveSeq_95613e94();
    function createNode(value, wrapScalars = true, tag) {
      if (tag === void 0 && typeof wrapScalars === "string") {
        tag = wrapScalars;
        wrapScalars = true;
      }
      const options = Object.assign({}, Document$1.Document.defaults[Document$1.defaultOptions.version], Document$1.defaultOptions);
      const schema = new Schema.Schema(options);
      return schema.createNode(value, wrapScalars, tag);
    }
    var Document = class extends Document$1.Document {
      constructor(options) {
        super(Object.assign({}, Document$1.defaultOptions, options));
      }
    };
    function parseAllDocuments3(src, options) {
      const stream = [];
      let prev;
      for (const cstDoc of parseCst.parse(src)) {
        const doc = new Document(options);
        doc.parse(cstDoc, prev);
        stream.push(doc);
        prev = doc;
      }
      return stream;
    }
    function parseDocument(src, options) {
      const cst = parseCst.parse(src);
      const doc = new Document(options).parse(cst[0]);
      if (cst.length > 1) {
        const errMsg = "Source contains multiple documents; please use YAML.parseAllDocuments()";
        doc.errors.unshift(new PlainValue.YAMLSemanticError(cst[1], errMsg));
      }
      return doc;
    }
    function parse2(src, options) {
      const doc = parseDocument(src, options);
      doc.warnings.forEach((warning) => warnings.warn(warning));
      if (doc.errors.length > 0) throw doc.errors[0];
      return doc.toJSON();
    }
    function stringify2(value, options) {
      const doc = new Document(options);
      doc.contents = value;
      return String(doc);
    }
    var YAML = {
      createNode,
      defaultOptions: Document$1.defaultOptions,
      Document,
      parse: parse2,
      parseAllDocuments: parseAllDocuments3,
      parseCST: parseCst.parse,
      parseDocument,
      scalarOptions: Document$1.scalarOptions,
      stringify: stringify2
    };
    exports.YAML = YAML;
  }
});

// node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/index.js
var require_yaml = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/node_modules/yaml/index.js"(exports, module) {
    module.exports = require_dist().YAML;
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js
var require_yaml2 = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/yaml.js"(exports, module) {
    var yamlModule;
    var loadYaml2 = () => yamlModule ??= require_yaml();
    var yaml = { parse: (...a) => loadYaml2().parse(...a), stringify: (...a) => loadYaml2().stringify(...a) };
    var errors = /* @__PURE__ */ new Set([
      "YAMLReferenceError",
      "YAMLSemanticError",
      "YAMLSyntaxError",
      "YAMLWarning"
    ]);
    function parse2(str2) {
      if (typeof str2 !== "string") {
        return { ok: false, result: void 0 };
      }
      const YAML_SILENCE_WARNINGS_CACHED = global.YAML_SILENCE_WARNINGS;
      try {
        global.YAML_SILENCE_WARNINGS = true;
        return { ok: true, result: yaml.parse(str2) };
      } catch (err) {
        if (err && errors.has(err.name)) {
          return { ok: false, result: void 0 };
        }
        throw err;
      } finally {
        global.YAML_SILENCE_WARNINGS = YAML_SILENCE_WARNINGS_CACHED;
      }
    }
    module.exports = {
      // is_valid is expected to return nothing if input is invalid otherwise
      // true/false for it being valid YAML.
      "yaml.is_valid": (str2) => typeof str2 === "string" ? parse2(str2).ok : void 0,
      "yaml.marshal": (data) => yaml.stringify(data),
      "yaml.unmarshal": (str2) => parse2(str2).result
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js
var require_builtins = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/builtins/index.js"(exports, module) {
    var json = require_json();
    var strings = require_strings();
    var regex = require_regex();
    var yaml = require_yaml2();
    module.exports = {
      ...json,
      ...strings,
      ...regex,
      ...yaml
    };
  }
});

// node_modules/@open-policy-agent/opa-wasm/src/opa.js
var require_opa = __commonJS({
  "node_modules/@open-policy-agent/opa-wasm/src/opa.js"(exports, module) {
    var builtIns = require_builtins();
    function stringDecoder(mem) {
      return function(addr) {
        const i8 = new Int8Array(mem.buffer);
        let s = "";
        while (i8[addr] !== 0) {
          s += String.fromCharCode(i8[addr++]);
        }
        return s;
      };
    }
    function _loadJSON(wasmInstance, memory, value) {
      if (value === void 0) {
        return 0;
      }
      let valueBuf;
      if (value instanceof ArrayBuffer) {
        valueBuf = new Uint8Array(value);
      } else {
        const valueAsText = JSON.stringify(value);
        valueBuf = new TextEncoder().encode(valueAsText);
      }
      const valueBufLen = valueBuf.byteLength;
      const rawAddr = wasmInstance.exports.opa_malloc(valueBufLen);
      const memoryBuffer = new Uint8Array(memory.buffer);
      memoryBuffer.set(valueBuf, rawAddr);
      const parsedAddr = wasmInstance.exports.opa_json_parse(rawAddr, valueBufLen);
      if (parsedAddr === 0) {
        throw "failed to parse json value";
      }
      return parsedAddr;
    }
    function _dumpJSON(wasmInstance, memory, addr) {
      const rawAddr = wasmInstance.exports.opa_json_dump(addr);
      return _dumpJSONRaw(memory, rawAddr);
    }
    function _dumpJSONRaw(memory, addr) {
      const buf = new Uint8Array(memory.buffer);
      const idx = buf.indexOf(0, addr);
      const utf8View = new Uint8Array(memory.buffer, addr, idx - addr);
      const jsonAsText = new TextDecoder().decode(utf8View);
      return JSON.parse(jsonAsText);
    }
    var builtinFuncs = builtIns;
    function _builtinCall(wasmInstance, memory, builtins, customBuiltins, builtinId) {
      const builtInName = builtins[builtinId];
      const impl = builtinFuncs[builtInName] || customBuiltins[builtInName];
      if (impl === void 0) {
        throw {
          message: "not implemented: built-in function " + builtinId + ": " + builtins[builtinId]
        };
      }
      const argArray = Array.prototype.slice.apply(arguments);
      const args = [];
      for (let i = 5; i < argArray.length; i++) {
        const jsArg = _dumpJSON(wasmInstance, memory, argArray[i]);
        args.push(jsArg);
      }
      const result = impl(...args);
      return _loadJSON(wasmInstance, memory, result);
    }
    function _importObject(env, memory, customBuiltins) {
      const addr2string = stringDecoder(memory);
      return {
        env: {
          memory,
          opa_abort: function(addr) {
            throw addr2string(addr);
          },
          opa_println: function(addr) {
            console.log(addr2string(addr));
          },
          opa_builtin0: function(builtinId, _ctx) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId
            );
          },
          opa_builtin1: function(builtinId, _ctx, arg1) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1
            );
          },
          opa_builtin2: function(builtinId, _ctx, arg1, arg2) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2
            );
          },
          opa_builtin3: function(builtinId, _ctx, arg1, arg2, arg3) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3
            );
          },
          opa_builtin4: function(builtinId, _ctx, arg1, arg2, arg3, arg4) {
            return _builtinCall(
              env.instance,
              memory,
              env.builtins,
              customBuiltins,
              builtinId,
              arg1,
              arg2,
              arg3,
              arg4
            );
          }
        }
      };
    }
    function _preparePolicy(env, wasm, memory) {
      env.instance = wasm.instance ? wasm.instance : wasm;
      const abiVersionGlobal = env.instance.exports.opa_wasm_abi_version;
      if (abiVersionGlobal !== void 0) {
        const abiVersion = typeof abiVersionGlobal === "number" ? abiVersionGlobal : abiVersionGlobal.value;
        if (abiVersion !== 1) {
          throw `unsupported ABI version ${abiVersion}`;
        }
      } else {
        console.error("opa_wasm_abi_version undefined");
      }
      const abiMinorVersionGlobal = env.instance.exports.opa_wasm_abi_minor_version;
      let abiMinorVersion;
      if (abiMinorVersionGlobal !== void 0) {
        abiMinorVersion = typeof abiMinorVersionGlobal === "number" ? abiMinorVersionGlobal : abiMinorVersionGlobal.value;
      } else {
        console.error("opa_wasm_abi_minor_version undefined");
      }
      const builtins = _dumpJSON(
        env.instance,
        memory,
        env.instance.exports.builtins()
      );
      env.builtins = {};
      for (const key of Object.keys(builtins)) {
        env.builtins[builtins[key]] = key;
      }
      return { policy: wasm, minorVersion: abiMinorVersion };
    }
    async function _loadPolicy(policyWasm, memory, customBuiltins) {
      const env = {};
      const isStreaming = policyWasm instanceof Response || policyWasm instanceof Promise;
      const importObject = _importObject(env, memory, customBuiltins);
      const wasm = await (isStreaming ? WebAssembly.instantiateStreaming(policyWasm, importObject) : WebAssembly.instantiate(policyWasm, importObject));
      return _preparePolicy(env, wasm, memory);
    }
    function _loadPolicySync(policyWasm, memory, customBuiltins) {
      const env = {};
      if (policyWasm instanceof ArrayBuffer || policyWasm.buffer instanceof ArrayBuffer) {
        policyWasm = new WebAssembly.Module(policyWasm);
      }
      const wasm = new WebAssembly.Instance(
        policyWasm,
        _importObject(env, memory, customBuiltins)
      );
      return _preparePolicy(env, wasm, memory);
    }
    var LoadedPolicy = class {
      /**
       * Loads and initializes a compiled Rego policy.
       * @param {WebAssembly.WebAssemblyInstantiatedSource} policy
       * @param {WebAssembly.Memory} memory
       */
      constructor(policy, memory, minorVersion) {
        this.minorVersion = minorVersion;
        this.mem = memory;
        this.wasmInstance = policy.instance ? policy.instance : policy;
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, {});
        this.baseHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
        this.dataHeapPtr = this.baseHeapPtr;
        this.entrypoints = _dumpJSON(
          this.wasmInstance,
          this.mem,
          this.wasmInstance.exports.entrypoints()
        );
      }
      /**
       * Evaluates the loaded policy with the given input and
       * return the result set. This should be re-used for multiple evaluations
       * of the same policy with different inputs.
       *
       * To call a non-default entrypoint in your WASM specify it as the second
       * param. A list of entrypoints can be accessed with the `this.entrypoints`
       * property.
       * @param {any | ArrayBuffer} input input to be evaluated in form of `object`, literal primitive or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       * @param {number | string} entrypoint ID or name of the entrypoint to call (optional)
       */
      evaluate(input, entrypoint = 0) {
        if (typeof entrypoint === "number") {
        } else if (typeof entrypoint === "string") {
          if (Object.prototype.hasOwnProperty.call(this.entrypoints, entrypoint)) {
            entrypoint = this.entrypoints[entrypoint];
          } else {
            throw `entrypoint ${entrypoint} is not valid in this instance`;
          }
        } else {
          throw `entrypoint value is an invalid type, must be either string or number`;
        }
        if (this.minorVersion >= 2) {
          let inputBuf = null;
          let inputLen = 0;
          let inputAddr2 = 0;
          if (input) {
            if (input instanceof ArrayBuffer) {
              inputBuf = new Uint8Array(input);
            } else {
              const inputAsText = JSON.stringify(input);
              inputBuf = new TextEncoder().encode(inputAsText);
            }
            inputAddr2 = this.dataHeapPtr;
            inputLen = inputBuf.byteLength;
            const delta = inputAddr2 + inputLen - this.mem.buffer.byteLength;
            if (delta > 0) {
              const pages = roundup(delta);
              this.mem.grow(pages);
            }
            const buf = new Uint8Array(this.mem.buffer);
            buf.set(inputBuf, this.dataHeapPtr);
          }
          const heapPtr = this.dataHeapPtr + inputLen;
          const ret = this.wasmInstance.exports.opa_eval(
            0,
            entrypoint,
            this.dataAddr,
            inputAddr2,
            inputLen,
            heapPtr,
            0
          );
          return _dumpJSONRaw(this.mem, ret);
        }
        this.wasmInstance.exports.opa_heap_ptr_set(this.dataHeapPtr);
        const inputAddr = _loadJSON(this.wasmInstance, this.mem, input);
        const ctxAddr = this.wasmInstance.exports.opa_eval_ctx_new();
        this.wasmInstance.exports.opa_eval_ctx_set_input(ctxAddr, inputAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_data(ctxAddr, this.dataAddr);
        this.wasmInstance.exports.opa_eval_ctx_set_entrypoint(ctxAddr, entrypoint);
        this.wasmInstance.exports.eval(ctxAddr);
        const resultAddr = this.wasmInstance.exports.opa_eval_ctx_get_result(
          ctxAddr
        );
        return _dumpJSON(this.wasmInstance, this.mem, resultAddr);
      }
      /**
       * evalBool will evaluate the policy and return a boolean answer
       * depending on the return code from the policy evaluation.
       * @deprecated Use `evaluate` instead.
       * @param {object} input
       */
      evalBool(input) {
        const rs = this.evaluate(input);
        return rs && rs.length === 1 && rs[0] === true;
      }
      /**
       * Loads data for use in subsequent evaluations.
       * @param {object | ArrayBuffer} data  data in form of `object` or ArrayBuffer (last is assumed to be a well-formed stringified JSON)
       */
      setData(data) {
        this.wasmInstance.exports.opa_heap_ptr_set(this.baseHeapPtr);
        this.dataAddr = _loadJSON(this.wasmInstance, this.mem, data);
        this.dataHeapPtr = this.wasmInstance.exports.opa_heap_ptr_get();
      }
    };
    function roundup(bytes) {
      const pageSize = 64 * 1024;
      return Math.ceil(bytes / pageSize);
    }
    module.exports = {
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a Promise of a LoadedPolicy object which
       * can be used to evaluate the policy.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module | Response | Promise<Response>} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {Promise<LoadedPolicy>}
       */
      async loadPolicy(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = await _loadPolicy(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      /**
       * Takes in either an ArrayBuffer or WebAssembly.Module
       * and will return a LoadedPolicy object which can be
       * used to evaluate the policy.
       *
       * This cannot be used from the main thread in a browser.
       * You must use the `loadPolicy` function instead, or call
       * from a worker thread.
       *
       * To set custom memory size specify number of memory pages
       * as second param.
       * Defaults to 5 pages (320KB).
       * @param {BufferSource | WebAssembly.Module} regoWasm
       * @param {number | WebAssembly.MemoryDescriptor} memoryDescriptor For backwards-compatibility, a 'number' argument is taken to be the initial memory size.
       * @param {{ [builtinName: string]: Function }} customBuiltins A map from string names to builtin functions
       * @returns {LoadedPolicy}
       */
      loadPolicySync(regoWasm, memoryDescriptor = {}, customBuiltins = {}) {
        if (typeof memoryDescriptor === "number") {
          memoryDescriptor = { initial: memoryDescriptor };
        }
        memoryDescriptor.initial = memoryDescriptor.initial || 5;
        const memory = new WebAssembly.Memory(memoryDescriptor);
        const { policy, minorVersion } = _loadPolicySync(
          regoWasm,
          memory,
          customBuiltins
        );
        return new LoadedPolicy(policy, memory, minorVersion);
      },
      LoadedPolicy
    };
  }
});

// src/lazy-node.ts
var cryptoModule, nodeCrypto;
var init_lazy_node = __esm({
  "src/lazy-node.ts"() {
    "use strict";
    nodeCrypto = () => cryptoModule ??= __require("node:crypto");
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias4;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n2 = node.value;
          return n2 == null || allowScalar && identity.isScalar(n2) && n2.value == null && !n2.commentBefore && !n2.comment && !n2.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start2 = i + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i < start2 + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start2 = i + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start2 = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start2 > limit)
            return true;
          start2 = i + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start2 = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start2, i) + "\\ ";
          i += 1;
          start2 = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start2, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start2 = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start2, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start2 = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start2 ? str2 + json.slice(start2) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start2;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key, value] of obj2)
            add(key, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap2;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap2 = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap2.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj2, ctx) => YAMLMap2.YAMLMap.from(schema, obj2, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj2, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq2;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq2 = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq2.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema, obj2, ctx) => YAMLSeq2.YAMLSeq.from(schema, obj2, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar2.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n2 = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n2) && !n2.includes("e")) {
        let i = n2.indexOf(".");
        if (i < 0) {
          i = n2.length;
          n2 += ".";
        }
        let d = minFractionDigits - (n2.length - i - 1);
        while (d-- > 0)
          n2 += "0";
      }
      return n2;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq2.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n2 = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n2);
          for (let i = 0, o = 0; i < n2; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq2 = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq2.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq2.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap2.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap2.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap2.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap2.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap2.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n3 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n3 : n3;
      }
      const n2 = parseInt(str2, radix);
      return sign === "-" ? -1 * n2 : n2;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap2.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap2.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap2.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap2.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n2) => asBigInt ? BigInt(n2) : Number(n2);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n2) => n2;
      if (typeof value === "bigint")
        num = (n2) => BigInt(n2);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n2) => String(n2).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq2.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq2.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap2.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq2 = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq2.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap2.YAMLMap : YAMLSeq2.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start: start2, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap4 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap4) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap2.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap2.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq2.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start2 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n2 = Number(ch);
          if (!indent && n2)
            indent = n2;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd3 = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd3, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd3, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd2, trimBoth;
      try {
        trimEnd2 = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd2 = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd2, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd3 = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd3, options.strict, onError);
      alias.range = [offset, valueEnd3, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key, sep: sep2, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END2 = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END2:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END2:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END2;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n2) {
        return this.buffer[this.pos + n2];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n2) {
        return this.pos + n2 <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n2) {
        return this.buffer.substr(this.pos, n2);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n2 = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n2);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n2 = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n2;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n2 = yield* this.pushIndicators();
        switch (line[n2]) {
          case "#":
            yield* this.pushCount(line.length - n2);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n2 += yield* this.parseBlockScalarHeader();
            n2 += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n2);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n2 = 0;
        while (line[n2] === ",") {
          n2 += yield* this.pushCount(1);
          n2 += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n2 += yield* this.pushIndicators();
        switch (line[n2]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n2);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n2 = 0;
            while (this.buffer[end - 1 - n2] === "\\")
              n2 += 1;
            if (n2 % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n2) {
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos += n2;
          return n2;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n2 = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n2 += yield* this.pushTag();
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n2 += yield* this.pushUntil(isNotAnchorChar);
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n2 += yield* this.pushCount(1);
                n2 += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n2;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n2 = i - this.pos;
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos = i;
        }
        return n2;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser3 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n2) {
        return this.stack[this.stack.length - n2];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start2, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep: sep2 }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments3;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap2.YAMLMap;
    exports.YAMLSeq = YAMLSeq2.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/loaders/terraform/hcl/ast.ts
function literalString(x) {
  if (x.t !== "tpl") return void 0;
  let out = "";
  for (const p of x.parts) {
    if (p.t !== "str") return void 0;
    out += p.v;
  }
  return out;
}
var init_ast = __esm({
  "src/loaders/terraform/hcl/ast.ts"() {
    "use strict";
  }
});

// src/loaders/terraform/hcl/parser.ts
function dedent(parts, raw) {
  let min = Infinity;
  for (const line of raw.split("\n")) {
    if (line.trim() === "") continue;
    min = Math.min(min, /^[ \t]*/.exec(line)[0].length);
  }
  if (!Number.isFinite(min) || min === 0) return;
  const re = new RegExp(`(^|\\n)[ \\t]{0,${min}}`, "g");
  let atLineStart = true;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p.t !== "str") {
      atLineStart = false;
      continue;
    }
    let v = p.v.replace(re, (_, nl) => nl);
    if (!atLineStart) {
      const first = p.v.indexOf("\n");
      v = first === -1 ? p.v : p.v.slice(0, first) + p.v.slice(first).replace(re, (_, nl) => nl);
    }
    parts[k] = { t: "str", v };
    atLineStart = v.endsWith("\n");
  }
}
function parseHcl(text) {
  const p = new Parser(text);
  const errors = [];
  let body;
  try {
    body = p.body(0, false, errors);
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    errors.push({ offset: e.offset, message: e.message, fix: e.fix });
    body = { s: 0, e: text.length, attrs: [], blocks: [] };
  }
  return { body, errors };
}
var Fail, isIdStart, isId, isDigit, BINARY, MAX_DEPTH2, Parser;
var init_parser = __esm({
  "src/loaders/terraform/hcl/parser.ts"() {
    "use strict";
    Fail = class extends Error {
      constructor(offset, message, fix) {
        super(message);
        this.offset = offset;
        this.fix = fix;
      }
      offset;
      fix;
    };
    isIdStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c > 127;
    isId = (c) => isIdStart(c) || c >= 48 && c <= 57 || c === 45;
    isDigit = (c) => c >= 48 && c <= 57;
    BINARY = [["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"]];
    MAX_DEPTH2 = 500;
    Parser = class {
      constructor(t) {
        this.t = t;
      }
      t;
      i = 0;
      /** > 0 inside brackets, where newlines are plain whitespace. */
      nest = 0;
      depth = 0;
      fail(offset, message, fix) {
        throw new Fail(offset, message, fix);
      }
      /** Skips blanks and comments; newlines too inside brackets or when `nl`. */
      ws(nl = this.nest > 0) {
        const t = this.t;
        for (; ; ) {
          const c = t.charCodeAt(this.i);
          if (c === 32 || c === 9 || c === 13 || nl && c === 10) this.i++;
          else if (c === 35 || c === 47 && t.charCodeAt(this.i + 1) === 47) {
            const n2 = t.indexOf("\n", this.i);
            this.i = n2 === -1 ? t.length : n2;
          } else if (c === 47 && t.charCodeAt(this.i + 1) === 42) {
            const e = t.indexOf("*/", this.i + 2);
            if (e === -1) this.fail(this.i, "unterminated /* comment", "close the comment with */");
            this.i = e + 2;
          } else return;
        }
      }
      peek(s) {
        return this.t.startsWith(s, this.i);
      }
      expect(s, what) {
        this.ws();
        if (!this.peek(s)) this.fail(this.i, `expected ${what}, found ${this.found()}`, `add the missing ${s}`);
        this.i += s.length;
      }
      found() {
        if (this.i >= this.t.length) return "end of file";
        const c = this.t[this.i];
        if (c === "\n") return "end of line";
        return `\`${this.t.slice(this.i, this.i + 12).split("\n")[0]}\``;
      }
      ident() {
        const t = this.t;
        if (!isIdStart(t.charCodeAt(this.i))) return void 0;
        const s = this.i;
        while (isId(t.charCodeAt(this.i))) this.i++;
        return t.slice(s, this.i);
      }
      // ── bodies ────────────────────────────────────────────────────────────────────────────────────
      body(s, closing, errors) {
        const out = { s, e: s, attrs: [], blocks: [] };
        const saved = this.nest;
        this.nest = 0;
        for (; ; ) {
          this.ws(true);
          if (this.i >= this.t.length) {
            if (closing) this.fail(this.i, "unexpected end of file inside a block", "add the missing }");
            break;
          }
          if (this.t.charCodeAt(this.i) === 125) {
            if (closing) break;
            if (!errors) this.fail(this.i, "unexpected }", "remove the extra }");
          }
          const start2 = this.i;
          try {
            this.item(out);
          } catch (e) {
            if (!errors || !(e instanceof Fail)) throw e;
            errors.push({ offset: e.offset, message: e.message, fix: e.fix });
            this.nest = 0;
            this.depth = 0;
            this.recover(Math.max(start2, e.offset));
          }
        }
        out.e = this.i;
        this.nest = saved;
        return out;
      }
      /** After an error at top level: the next line that starts a block or attribute in column 1. */
      recover(from) {
        const t = this.t;
        let n2 = t.indexOf("\n", from);
        for (; ; ) {
          if (n2 === -1) {
            this.i = t.length;
            return;
          }
          if (isIdStart(t.charCodeAt(n2 + 1))) {
            this.i = n2 + 1;
            return;
          }
          n2 = t.indexOf("\n", n2 + 1);
        }
      }
      item(out) {
        const start2 = this.i;
        const name = this.ident();
        if (name === void 0) this.fail(this.i, `expected an attribute or block, found ${this.found()}`, 'start each line of a body with `name = value` or `type "label" {`');
        const nameEnd = this.i;
        this.ws(false);
        const c = this.t.charCodeAt(this.i);
        if (c === 61 && this.t.charCodeAt(this.i + 1) !== 61) {
          this.i++;
          const expr = this.expr();
          out.attrs.push({ name, nameEnd, expr, s: start2, e: expr.e });
          this.endOfLine();
          return;
        }
        const labels = [];
        const labelSpans = [];
        for (; ; ) {
          this.ws(false);
          const d = this.t.charCodeAt(this.i);
          if (d === 34) {
            const ls = this.i;
            const x = this.quoted();
            const lit = x.parts.every((p) => p.t === "str") ? x.parts.map((p) => p.t === "str" ? p.v : "").join("") : void 0;
            if (lit === void 0) this.fail(ls, "a block label cannot contain interpolation", "write the label as a plain string");
            labels.push(lit);
            labelSpans.push({ s: ls, e: this.i });
          } else if (isIdStart(d)) {
            const ls = this.i;
            labels.push(this.ident());
            labelSpans.push({ s: ls, e: this.i });
          } else break;
        }
        if (this.t.charCodeAt(this.i) !== 123) {
          this.fail(this.i, `expected \`=\` or \`{\` after \`${name}\`, found ${this.found()}`, labels.length ? `open the block with { after its labels` : `write \`${name} = <value>\` for an attribute or \`${name} {\` for a block`);
        }
        this.i++;
        const body = this.body(this.i, true, void 0);
        this.i++;
        out.blocks.push({ type: name, labels, labelSpans, body, s: start2, e: this.i });
        this.endOfLine();
      }
      /** An attribute or block must be followed by a newline (or the body's closing brace). */
      endOfLine() {
        this.ws(false);
        const c = this.t.charCodeAt(this.i);
        if (c === 10 || c === 125 || this.i >= this.t.length) return;
        this.fail(this.i, `unexpected ${this.found()} after the value`, "put each attribute and block on its own line, or close the brackets that are still open");
      }
      // ── expressions ─────────────────────────────────────────────────────────────────────────────
      expr() {
        if (++this.depth > MAX_DEPTH2) this.fail(this.i, `expression nested deeper than ${MAX_DEPTH2} levels`, "simplify the expression");
        try {
          const c = this.binary(0);
          this.ws();
          if (this.t.charCodeAt(this.i) !== 63) return c;
          this.i++;
          const a = this.expr();
          this.expect(":", "`:` of the conditional");
          const b = this.expr();
          return { t: "cond", c, a, b, s: c.s, e: b.e };
        } finally {
          this.depth--;
        }
      }
      binary(level) {
        if (level === BINARY.length) return this.unary();
        let l = this.binary(level + 1);
        for (; ; ) {
          this.ws();
          const op = BINARY[level].find((o) => this.peek(o) && !(o.length === 1 && (o === "<" || o === ">") && this.t[this.i + 1] === "="));
          if (op === void 0) return l;
          this.i += op.length;
          const r = this.binary(level + 1);
          l = { t: "bin", op, l, r, s: l.s, e: r.e };
        }
      }
      unary() {
        this.ws();
        const c = this.t.charCodeAt(this.i);
        if (c === 33 || c === 45 && !isDigit(this.t.charCodeAt(this.i + 1))) {
          const s = this.i++;
          const x = this.unary();
          return { t: "un", op: c === 33 ? "!" : "-", x, s, e: x.e };
        }
        return this.postfix(this.primary());
      }
      postfix(x) {
        for (; ; ) {
          const save = this.i;
          this.ws();
          const c = this.t.charCodeAt(this.i);
          if (c === 46 && this.t.charCodeAt(this.i + 1) !== 46) {
            if (this.t.charCodeAt(this.i + 1) === 42) {
              this.i += 2;
              x = this.splat(x, false);
              continue;
            }
            this.i++;
            const step = this.dotStep();
            x = { t: "get", obj: x, step, s: x.s, e: this.i };
            continue;
          }
          if (c === 91) {
            this.i++;
            this.nest++;
            this.ws();
            if (this.t.charCodeAt(this.i) === 42) {
              this.i++;
              this.expect("]", "`]` of the splat");
              this.nest--;
              x = this.splat(x, true);
              continue;
            }
            const key = this.expr();
            this.expect("]", "`]` of the index");
            this.nest--;
            x = { t: "get", obj: x, step: { t: "index", key }, s: x.s, e: this.i };
            continue;
          }
          this.i = save;
          return x;
        }
      }
      dotStep() {
        const s = this.i;
        if (isDigit(this.t.charCodeAt(this.i))) {
          while (isDigit(this.t.charCodeAt(this.i))) this.i++;
          return { t: "index", key: { t: "lit", v: Number(this.t.slice(s, this.i)), s, e: this.i } };
        }
        const name = this.ident();
        if (name === void 0) this.fail(this.i, `expected an attribute name after \`.\`, found ${this.found()}`, "write the attribute name after the dot");
        return { t: "attr", name };
      }
      /** The steps after `[*]` (full) or `.*` (attribute-only) apply to every element. */
      splat(obj2, full) {
        const steps = [];
        for (; ; ) {
          const save = this.i;
          this.ws();
          const c = this.t.charCodeAt(this.i);
          if (c === 46 && this.t.charCodeAt(this.i + 1) !== 42 && this.t.charCodeAt(this.i + 1) !== 46) {
            this.i++;
            steps.push(this.dotStep());
            continue;
          }
          if (full && c === 91 && this.t.charCodeAt(this.i + 1) !== 42) {
            this.i++;
            this.nest++;
            const key = this.expr();
            this.expect("]", "`]` of the index");
            this.nest--;
            steps.push({ t: "index", key });
            continue;
          }
          this.i = save;
          return { t: "splat", obj: obj2, steps, full, s: obj2.s, e: this.i };
        }
      }
      primary() {
        this.ws();
        const t = this.t;
        const s = this.i;
        const c = t.charCodeAt(s);
        if (isDigit(c) || c === 45 && isDigit(t.charCodeAt(s + 1))) {
          const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(t.slice(s, s + 64));
          this.i += m[0].length;
          return { t: "lit", v: Number(m[0]), s, e: this.i };
        }
        if (c === 34) return this.quoted();
        if (c === 60 && t.charCodeAt(s + 1) === 60) return this.heredoc();
        if (c === 40) {
          this.i++;
          this.nest++;
          const x = this.expr();
          this.expect(")", "`)`");
          this.nest--;
          return { t: "paren", x, s, e: this.i };
        }
        if (c === 91) return this.tuple();
        if (c === 123) return this.object();
        const name = this.ident();
        if (name === void 0) this.fail(s, `expected an expression, found ${this.found()}`, "write a value: a string, number, bool, list, object, reference or function call");
        if (name === "true" || name === "false") return { t: "lit", v: name === "true", s, e: this.i };
        if (name === "null") return { t: "lit", v: null, s, e: this.i };
        const save = this.i;
        this.ws(false);
        let fname = name;
        while (this.peek("::")) {
          this.i += 2;
          const part = this.ident();
          if (part === void 0) this.fail(this.i, "expected a function name after `::`", "write the full function name");
          fname += `::${part}`;
          this.ws(false);
        }
        if (t.charCodeAt(this.i) === 40) {
          this.i++;
          this.nest++;
          const args = [];
          let expand = false;
          this.ws();
          while (t.charCodeAt(this.i) !== 41) {
            args.push(this.expr());
            this.ws();
            if (this.peek("...")) {
              this.i += 3;
              expand = true;
              this.ws();
            }
            if (t.charCodeAt(this.i) === 44) {
              this.i++;
              this.ws();
            } else if (t.charCodeAt(this.i) !== 41) this.fail(this.i, `expected \`,\` or \`)\` in the call to ${fname}, found ${this.found()}`, "separate arguments with commas and close the call with )");
          }
          this.i++;
          this.nest--;
          return { t: "call", name: fname, args, expand, s, e: this.i };
        }
        if (fname !== name) this.fail(this.i, `expected \`(\` after the function name ${fname}`, "call the function with its arguments in parentheses");
        this.i = save;
        return { t: "var", name, s, e: this.i };
      }
      /** At `[` or `{`: a for-expression when the next word is `for` followed by a name. */
      isFor() {
        const m = /^[[{]\s*for\s+[A-Za-z_]/.exec(this.t.slice(this.i, this.i + 64));
        return m !== null;
      }
      tuple() {
        const s = this.i;
        if (this.isFor()) return this.forExpr(false);
        this.i++;
        this.nest++;
        const items = [];
        this.ws();
        while (this.t.charCodeAt(this.i) !== 93) {
          items.push(this.expr());
          this.ws();
          if (this.t.charCodeAt(this.i) === 44) {
            this.i++;
            this.ws();
          } else if (this.t.charCodeAt(this.i) !== 93) this.fail(this.i, `expected \`,\` or \`]\` in the list, found ${this.found()}`, "separate list items with commas and close the list with ]");
        }
        this.i++;
        this.nest--;
        return { t: "tuple", items, s, e: this.i };
      }
      object() {
        const s = this.i;
        if (this.isFor()) return this.forExpr(true);
        this.i++;
        this.nest++;
        const items = [];
        this.ws();
        while (this.t.charCodeAt(this.i) !== 125) {
          const ks = this.i;
          let key;
          const save = this.i;
          const name = this.ident();
          this.ws();
          if (name !== void 0 && (this.peek("=") || this.peek(":")) && !this.peek("==") && !this.peek("::")) {
            key = { t: "tpl", parts: [{ t: "str", v: name }], s: ks, e: ks + name.length };
          } else {
            this.i = save;
            key = this.expr();
            this.ws();
          }
          if (!(this.peek("=") || this.peek(":")) || this.peek("==")) this.fail(this.i, `expected \`=\` or \`:\` after the object key, found ${this.found()}`, "write object items as `key = value`");
          this.i++;
          const value = this.expr();
          items.push({ key, value, s: ks, e: value.e });
          this.ws();
          if (this.t.charCodeAt(this.i) === 44) {
            this.i++;
            this.ws();
          } else if (this.t.charCodeAt(this.i) !== 125 && this.t.charCodeAt(this.i - 1) !== 10 && !this.newlineSince(value.e)) {
            this.fail(this.i, `expected \`,\`, a new line or \`}\` in the object, found ${this.found()}`, "separate object items with commas or new lines and close the object with }");
          }
        }
        this.i++;
        this.nest--;
        return { t: "object", items, s, e: this.i };
      }
      newlineSince(from) {
        return this.t.slice(from, this.i).includes("\n");
      }
      forExpr(object) {
        const s = this.i;
        this.i++;
        this.nest++;
        this.ws();
        this.i += 3;
        this.ws();
        let key;
        let val = this.ident();
        this.ws();
        if (this.t.charCodeAt(this.i) === 44) {
          this.i++;
          this.ws();
          key = val;
          const v = this.ident();
          if (v === void 0) this.fail(this.i, "expected a value variable name after `,` in the for expression", "write `for k, v in collection`");
          val = v;
          this.ws();
        }
        if (this.ident() !== "in") this.fail(this.i, "expected `in` in the for expression", "write `for v in collection : ...`");
        const coll = this.expr();
        this.expect(":", "`:` after the for expression collection");
        let keyExpr;
        let valExpr = this.expr();
        if (object) {
          this.expect("=>", "`=>` in the object for expression");
          keyExpr = valExpr;
          valExpr = this.expr();
        }
        this.ws();
        let group = false;
        if (this.peek("...")) {
          this.i += 3;
          group = true;
          this.ws();
        }
        let cond;
        const save = this.i;
        if (this.ident() === "if") cond = this.expr();
        else this.i = save;
        this.expect(object ? "}" : "]", object ? "`}` closing the for expression" : "`]` closing the for expression");
        this.nest--;
        const out = { t: "for", val, coll, valExpr, group, object, s, e: this.i };
        if (key !== void 0) out.key = key;
        if (keyExpr) out.keyExpr = keyExpr;
        if (cond) out.cond = cond;
        return out;
      }
      // ── templates ───────────────────────────────────────────────────────────────────────────────
      quoted() {
        const s = this.i;
        this.i++;
        const parts = this.template('"', true);
        this.i++;
        return { t: "tpl", parts, s, e: this.i };
      }
      /**
       * Template parts up to `end` (`"` for quoted strings, '' for a heredoc's whole content), or up to
       * a `%{` directive keyword the caller is waiting for (returned via `this.directive`).
       */
      directive;
      template(end, escapes, limit = this.t.length) {
        const t = this.t;
        const parts = [];
        let lit = "";
        let stripNext = false;
        const flush = (stripRight) => {
          let v = lit;
          if (stripNext) v = v.replace(/^\s+/, "");
          if (stripRight) v = v.replace(/\s+$/, "");
          if (v !== "") parts.push({ t: "str", v });
          lit = "";
          stripNext = false;
        };
        for (; ; ) {
          if (this.i >= limit) {
            if (end === '"') this.fail(this.i, "unterminated string", 'close the string with "');
            flush(false);
            return parts;
          }
          const c = t.charCodeAt(this.i);
          if (end === '"' && c === 34) {
            flush(false);
            return parts;
          }
          if (end === '"' && c === 10) this.fail(this.i, "unterminated string: a quoted string cannot span lines", 'close the string with " on the same line, or use a heredoc (<<EOT) for multi-line text');
          if (escapes && c === 92) {
            const n2 = t[this.i + 1];
            const map = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
            if (n2 !== void 0 && map[n2] !== void 0) {
              lit += map[n2];
              this.i += 2;
            } else if (n2 === "u" || n2 === "U") {
              const len = n2 === "u" ? 4 : 8;
              const hex = t.slice(this.i + 2, this.i + 2 + len);
              if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) this.fail(this.i, `invalid escape \\${n2}${hex}`, `write \\${n2} followed by ${len} hex digits`);
              lit += String.fromCodePoint(parseInt(hex, 16));
              this.i += 2 + len;
            } else this.fail(this.i, `invalid escape sequence \\${n2 ?? ""}`, 'escape a backslash as \\\\; valid escapes are \\n \\r \\t \\" \\\\ \\uNNNN');
            continue;
          }
          if ((c === 36 || c === 37) && t.charCodeAt(this.i + 1) === c && t.charCodeAt(this.i + 2) === 123) {
            lit += t[this.i] + "{";
            this.i += 3;
            continue;
          }
          if ((c === 36 || c === 37) && t.charCodeAt(this.i + 1) === 123) {
            const open = this.i;
            this.i += 2;
            const stripLeft = t[this.i] === "~";
            if (stripLeft) this.i++;
            if (c === 36) {
              flush(stripLeft);
              const saved2 = this.nest;
              this.nest = 1;
              const x = this.expr();
              this.ws();
              stripNext = this.closeTemplate(open);
              this.nest = saved2;
              parts.push({ t: "interp", x });
              continue;
            }
            flush(stripLeft);
            const saved = this.nest;
            this.nest = 1;
            this.ws();
            const kwAt = this.i;
            const kw = this.ident();
            if (kw === "if") {
              const cond = this.expr();
              this.ws();
              const strip = this.closeTemplate(open);
              const then = this.inner(end, escapes, limit, strip);
              let els = [];
              if (this.directive === "else") els = this.inner(end, escapes, limit, this.lastStrip);
              if (this.directive !== "endif") this.fail(kwAt, "%{ if } without a matching %{ endif }", "close the directive with %{ endif }");
              this.directive = void 0;
              parts.push({ t: "if", cond, then, else: els });
              stripNext = this.lastStrip;
            } else if (kw === "for") {
              this.ws();
              let key;
              let val = this.ident();
              this.ws();
              if (t[this.i] === ",") {
                this.i++;
                this.ws();
                key = val;
                val = this.ident();
                this.ws();
              }
              if (val === void 0 || this.ident() !== "in") this.fail(this.i, "expected `%{ for v in collection }`", "write the directive as %{ for item in collection }");
              const coll = this.expr();
              this.ws();
              const strip = this.closeTemplate(open);
              const body = this.inner(end, escapes, limit, strip);
              if (this.directive !== "endfor") this.fail(kwAt, "%{ for } without a matching %{ endfor }", "close the directive with %{ endfor }");
              this.directive = void 0;
              const part = { t: "for", val, coll, body };
              if (key !== void 0) part.key = key;
              parts.push(part);
              stripNext = this.lastStrip;
            } else if (kw === "else" || kw === "endif" || kw === "endfor") {
              this.ws();
              this.lastStrip = this.closeTemplate(open);
              this.directive = kw;
              this.nest = saved;
              return parts;
            } else this.fail(kwAt, `unknown template directive %{ ${kw ?? ""} }`, "use %{ if }, %{ else }, %{ endif }, %{ for }, %{ endfor }");
            this.nest = saved;
            continue;
          }
          lit += t[this.i];
          this.i++;
        }
      }
      lastStrip = false;
      /** The parts inside a directive, up to its else/end keyword (left in `this.directive`). */
      inner(end, escapes, limit, stripFirst) {
        this.directive = void 0;
        const parts = this.template(end, escapes, limit);
        if (this.directive === void 0) return parts;
        if (stripFirst && parts[0]?.t === "str") {
          const v = parts[0].v.replace(/^\s+/, "");
          if (v === "") parts.shift();
          else parts[0] = { t: "str", v };
        }
        return parts;
      }
      /** At the closing `}` of `${…}` or `%{…}`, with an optional `~`: whether it strips what follows. */
      closeTemplate(open) {
        const strip = this.t[this.i] === "~";
        if (strip) this.i++;
        if (this.t[this.i] !== "}") this.fail(this.i, `expected \`}\` closing the template sequence opened at offset ${open}, found ${this.found()}`, "close the interpolation with }");
        this.i++;
        return strip;
      }
      heredoc() {
        const s = this.i;
        const t = this.t;
        const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/.exec(t.slice(s, s + 256));
        if (!m) this.fail(s, "malformed heredoc: expected <<MARKER or <<-MARKER followed by a new line", "start a heredoc with <<EOT on its own, content on the next lines, and EOT alone on the last line");
        const marker = m[2];
        const contentStart = s + m[0].length;
        let j = contentStart;
        let closeLine = -1;
        while (j <= t.length) {
          const nl = t.indexOf("\n", j);
          const lineEnd2 = nl === -1 ? t.length : nl;
          if (t.slice(j, lineEnd2).trim() === marker) {
            closeLine = j;
            break;
          }
          if (nl === -1) break;
          j = nl + 1;
        }
        if (closeLine === -1) this.fail(s, `heredoc <<${m[1]}${marker} is never closed`, `end the heredoc with ${marker} alone on a line`);
        this.i = contentStart;
        const saved = this.nest;
        const parts = this.template("", false, closeLine);
        this.nest = saved;
        this.i = t.indexOf(marker, closeLine) + marker.length;
        if (m[1] === "-") dedent(parts, t.slice(contentStart, closeLine));
        return { t: "tpl", parts, heredoc: true, s, e: this.i };
      }
    };
  }
});

// src/loaders/common/input.ts
import { isUtf8 } from "node:buffer";
function byteLength(file) {
  return file.bytes ? file.bytes.byteLength : Buffer.byteLength(file.text ?? "", "utf8");
}
function oversized(file, maxBytes) {
  const size = byteLength(file);
  if (size <= maxBytes) return void 0;
  return fileDiagnostic(
    file.path,
    "input_limit_error",
    `file is ${size} bytes, over the ${maxBytes}-byte limit for this kind of input`,
    "raise limits.maxFileBytes (limits.maxPlanBytes for plans) in the Palisade config, or exclude the file with `ignore`"
  );
}
function decodeInput(file, maxBytes) {
  const over = oversized(file, maxBytes);
  if (over) return { ok: false, diagnostic: over };
  if (file.text !== void 0 && !file.bytes) return fromText(file);
  const d = fromBytes(file);
  if (!d.ok || d.text !== void 0) return d;
  return { ok: true, text: d.utf8.toString("utf8"), utf8: d.utf8 };
}
function decodeUtf8(file, maxBytes) {
  const over = oversized(file, maxBytes);
  if (over) return { ok: false, diagnostic: over };
  const d = file.text !== void 0 && !file.bytes ? fromText(file) : fromBytes(file);
  if (!d.ok) return d;
  return { ok: true, utf8: d.text !== void 0 ? Buffer.from(d.text, "utf8") : d.utf8 };
}
function fromText(file) {
  const text = file.text ?? "";
  const t = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  if (t.indexOf("\0") !== -1) return { ok: false, diagnostic: binary(file.path) };
  return { ok: true, text: t };
}
function fromBytes(file) {
  const b = file.bytes ?? new Uint8Array();
  const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
  if (buf.length >= 2 && (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255)) {
    const le = buf[0] === 255;
    try {
      const text = new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(buf.subarray(2));
      if (text.indexOf("\0") !== -1) return { ok: false, diagnostic: binary(file.path) };
      return { ok: true, text };
    } catch {
      return { ok: false, diagnostic: encoding(file.path, "UTF-16 with invalid code units") };
    }
  }
  const start2 = buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
  const body = buf.subarray(start2);
  if (body.indexOf(0) !== -1) return { ok: false, diagnostic: binary(file.path) };
  if (!isUtf8(body)) return { ok: false, diagnostic: encoding(file.path, "not valid UTF-8") };
  return { ok: true, utf8: body };
}
function binary(path) {
  return fileDiagnostic(
    path,
    "input_read_error",
    "file contains NUL bytes: it looks binary, not a text manifest",
    "exclude it with `ignore` in the Palisade config, or pass the text file it was generated from"
  );
}
function encoding(path, what) {
  return fileDiagnostic(path, "input_read_error", `file is ${what}`, "re-save the file as UTF-8 (e.g. `iconv -t UTF-8`), or exclude it with `ignore`");
}
var init_input = __esm({
  "src/loaders/common/input.ts"() {
    "use strict";
    init_diag();
  }
});

// src/text/glob-class.ts
function member(c) {
  const code = c.codePointAt(0);
  return code < 65536 ? `\\u${code.toString(16).padStart(4, "0")}` : c;
}
function bracketClass(p, i, slash) {
  let j = i + 1;
  let negate = false;
  if (p[j] === "!" || p[j] === "^") {
    negate = true;
    j++;
  }
  const parts = [];
  let problem;
  let first = true;
  for (; j < p.length && (p[j] !== "]" || first); first = false) {
    let c = [...p.slice(j, j + 2)][0];
    if (c === "[" && p[j + 1] === ":") {
      const e = p.indexOf(":]", j + 2);
      if (e !== -1) {
        const name = p.slice(j + 2, e);
        const set = POSIX[name];
        if (set) parts.push(set);
        else problem ??= `unknown character class [:${name}:]`;
        j = e + 2;
        continue;
      }
    }
    if (c === "\\" && j + 1 < p.length) {
      j++;
      c = [...p.slice(j, j + 2)][0];
    }
    j += c.length;
    if (p[j] === "-" && j + 1 < p.length && p[j + 1] !== "]") {
      let hi = [...p.slice(j + 1, j + 3)][0];
      let k = j + 1;
      if (hi === "\\" && k + 1 < p.length) {
        k++;
        hi = [...p.slice(k, k + 2)][0];
      }
      j = k + hi.length;
      if (hi.codePointAt(0) < c.codePointAt(0)) problem ??= `range ${c}-${hi} is reversed, so it matches nothing`;
      else parts.push(`${member(c)}-${member(hi)}`);
      continue;
    }
    parts.push(member(c));
  }
  if (j >= p.length) return void 0;
  const body = parts.join("");
  const next = j + 1;
  const noSlash = slash ? "" : "\\/";
  if (negate) return { re: `[^${noSlash}${body}]`, next, problem };
  if (body === "") return { re: "(?!)", next, problem };
  return { re: slash ? `[${body}]` : `(?!\\/)[${body}]`, next, problem };
}
var POSIX;
var init_glob_class = __esm({
  "src/text/glob-class.ts"() {
    "use strict";
    POSIX = {
      alpha: "A-Za-z",
      digit: "0-9",
      alnum: "A-Za-z0-9",
      upper: "A-Z",
      lower: "a-z",
      space: " \\t\\n\\r\\f\\v",
      blank: " \\t",
      punct: "!-\\/:-@\\[-`{-~",
      xdigit: "0-9A-Fa-f",
      cntrl: "\\x00-\\x1f\\x7f",
      print: " -~",
      graph: "!-~"
    };
  }
});

// src/text/glob-engine.ts
var notSlash, literal, seq, star;
var init_glob_engine = __esm({
  "src/text/glob-engine.ts"() {
    "use strict";
    init_glob_class();
    notSlash = { type: "char", test: (c) => c !== "/" };
    literal = (ch) => ({ type: "char", test: (c) => c === ch, literal: ch });
    seq = (...items) => ({ type: "seq", items });
    star = (item) => ({ type: "star", item });
  }
});

// src/waivers/glob.ts
function globProblem(glob) {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === "\\") i++;
    else if (glob[i] === "[") {
      const cls = bracketClass(glob, i, false);
      if (cls?.problem) return cls.problem;
      if (cls) i = cls.next - 1;
    }
  }
  return void 0;
}
var SEGMENTS;
var init_glob = __esm({
  "src/waivers/glob.ts"() {
    "use strict";
    init_glob_class();
    init_glob_engine();
    SEGMENTS = star(seq(star(notSlash), literal("/")));
  }
});

// src/loaders/common/ignores.ts
function isCommentOnly(text, lines, line, openers) {
  const s = text.slice(lines.lineStart(line), lines.lineEnd(line)).trimStart();
  return s === "" || openers.some((o) => s.startsWith(o));
}
function scanIgnores(path, text, lines, style) {
  const out = { ignores: [], diagnostics: [] };
  const nextContent = /* @__PURE__ */ new Map();
  const contentAfter = (line) => {
    let next = line + 1;
    const run = [];
    while (next <= lines.lineCount && !nextContent.has(next) && isCommentOnly(text, lines, next, style.openers)) run.push(next++);
    const found = nextContent.get(next) ?? next;
    for (const l of run) nextContent.set(l, found);
    return found;
  };
  const extents = /* @__PURE__ */ new Map();
  const extentOf = (line) => {
    let e = extents.get(line);
    if (e === void 0) extents.set(line, e = style.extent ? Math.max(line, style.extent(line)) : line);
    return e;
  };
  for (let i = text.indexOf(MARK); i !== -1; i = text.indexOf(MARK, i + MARK.length)) {
    const { line } = lines.lineCol(i);
    const ls = lines.lineStart(line);
    const le = lines.lineEnd(line);
    const before = text.slice(ls, i);
    let opener = -1;
    for (const o of style.openers) {
      const m2 = before.trimEnd();
      if (m2.endsWith(o)) opener = Math.max(opener, ls + m2.length - o.length);
    }
    if (opener === -1) continue;
    const lead = text.slice(ls, opener);
    if (lead.trim() !== "" && !/\s$/.test(lead)) continue;
    const trailing = lead.trim() !== "";
    const rest = text.slice(i + MARK.length, le).trim();
    const m = /^(\S+)\s*(.*)$/.exec(rest);
    const where = lines.lineCol(opener);
    if (!m) {
      out.diagnostics.push(
        at(path, where, "waiver_error", "inline ignore names no policy", "write `palisade:ignore <policy-id> <reason>`, e.g. `# palisade:ignore k8s/privileged-container needed by the CNI`", "warning")
      );
      continue;
    }
    const reason = m[2] ?? "";
    if (reason === "") {
      out.diagnostics.push(
        at(path, where, "waiver_error", `inline ignore of ${m[1]} gives no reason`, "add a reason after the policy id so reviewers and audits know why", "warning")
      );
    }
    if (globProblem(m[1])) {
      out.diagnostics.push(at(path, where, "waiver_error", `inline ignore of "${m[1]}": ${globProblem(m[1])}`, "name the policy id exactly, or write the range low to high (`[a-z]`)", "warning"));
    }
    const start2 = line;
    let end = line;
    if (!trailing) {
      const next = contentAfter(line);
      if (next <= lines.lineCount) end = extentOf(next);
    }
    out.ignores.push({
      policyId: m[1],
      reason,
      lines: { start: start2, end },
      region: lines.region(opener, le)
    });
  }
  return out;
}
function indentExtent(text, lines) {
  const indentOf = (l) => {
    const s = text.slice(lines.lineStart(l), lines.lineEnd(l));
    return s.length - s.trimStart().length;
  };
  return (line) => {
    const base = indentOf(line);
    let last = line;
    for (let l = line + 1; l <= lines.lineCount; l++) {
      const s = text.slice(lines.lineStart(l), lines.lineEnd(l)).trim();
      if (s === "" || s.startsWith("#")) continue;
      if (s === "---" || s === "...") break;
      if (indentOf(l) <= base) break;
      last = l;
    }
    return last;
  };
}
var MARK;
var init_ignores = __esm({
  "src/loaders/common/ignores.ts"() {
    "use strict";
    init_diag();
    init_glob();
    MARK = "palisade:ignore";
  }
});

// src/text/line-index.ts
import { isAscii } from "node:buffer";
function utf16Units(b, from, to) {
  let n2 = 0;
  for (let i = from; i < to; i++) {
    const c = b[i];
    if ((c & 192) !== 128) n2 += c >= 240 ? 2 : 1;
  }
  return n2;
}
var BLOCK, LineIndex;
var init_line_index = __esm({
  "src/text/line-index.ts"() {
    "use strict";
    BLOCK = 1024;
    LineIndex = class {
      constructor(text) {
        this.text = text;
      }
      text;
      starts;
      /** Byte text only: whether it is all ASCII (columns are then byte differences). */
      ascii;
      /** Byte text only: UTF-16 code units before each BLOCK-byte block, filled up to `filled` blocks as positions ask. */
      prefix;
      filled = 0;
      code(i) {
        const t = this.text;
        return typeof t === "string" ? t.charCodeAt(i) : t[i];
      }
      build() {
        const t = this.text;
        const find = typeof t === "string" ? (from) => t.indexOf("\n", from) : /* @__PURE__ */ ((b) => (from) => b.indexOf(10, from))(Buffer.from(t.buffer, t.byteOffset, t.byteLength));
        let count = 1;
        for (let i = find(0); i !== -1; i = find(i + 1)) count++;
        const starts = new Int32Array(count);
        let n2 = 1;
        for (let i = find(0); i !== -1; i = find(i + 1)) starts[n2++] = i + 1;
        this.starts = starts;
        return starts;
      }
      /** UTF-16 code units before byte `offset` of a byte text. */
      unitsBefore(b, offset) {
        const block = Math.floor(offset / BLOCK);
        const prefix = this.prefix ??= new Float64Array(Math.floor(b.length / BLOCK) + 1);
        for (; this.filled < block; this.filled++) {
          const from = this.filled * BLOCK;
          const chunk = b.subarray(from, from + BLOCK);
          prefix[this.filled + 1] = prefix[this.filled] + (isAscii(chunk) ? BLOCK : utf16Units(b, from, from + BLOCK));
        }
        return prefix[block] + utf16Units(b, block * BLOCK, offset);
      }
      /** The 1-based column of `offset` on the line starting at `lineStart`, in UTF-16 code units. */
      column(lineStart, offset) {
        const t = this.text;
        if (typeof t === "string" || offset <= lineStart) return offset - lineStart + 1;
        if (this.ascii ??= isAscii(t)) return offset - lineStart + 1;
        if (offset - lineStart <= 4 * BLOCK) return utf16Units(t, lineStart, offset) + 1;
        return this.unitsBefore(t, offset) - this.unitsBefore(t, lineStart) + 1;
      }
      get lineCount() {
        return (this.starts ?? this.build()).length;
      }
      /** 1-based line and column; columns count UTF-16 code units, as SARIF and editors do by default. */
      lineCol(offset) {
        const s = this.starts ?? this.build();
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (s[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, col: this.column(s[lo], offset) };
      }
      /** Offset of the first character of a 1-based line (the text length past the last line). */
      lineStart(line) {
        const s = this.starts ?? this.build();
        if (line < 1) return 0;
        if (line > s.length) return this.text.length;
        return s[line - 1];
      }
      /** Offset just past the last character of a 1-based line, excluding its newline (and a CR before it). */
      lineEnd(line) {
        const s = this.starts ?? this.build();
        let end = line < s.length ? s[line] - 1 : this.text.length;
        if (end > 0 && this.code(end - 1) === 13 && end > this.lineStart(line)) end--;
        return end;
      }
      /** [start, end) offsets → Region (end column exclusive). A span ending right after a newline ends on the previous line. */
      region(start2, end) {
        let e = Math.max(end, start2);
        while (e > start2 && (this.code(e - 1) === 10 || this.code(e - 1) === 13)) e--;
        const a = this.lineCol(start2);
        const b = e === start2 ? a : this.lineCol(e);
        return { startLine: a.line, startColumn: a.col, endLine: b.line, endColumn: b.col };
      }
      /** Region covering whole lines first..last (1-based), from their first to last character. */
      linesRegion(first, last) {
        const end = this.lineEnd(last);
        const endPos = this.lineCol(end);
        return { startLine: first, startColumn: 1, endLine: last, endColumn: endPos.line === last ? endPos.col : 1 };
      }
    };
  }
});

// src/loaders/common/options.ts
function limits(opts) {
  return {
    maxBytes: opts?.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    maxPlanBytes: opts?.maxPlanBytes ?? DEFAULT_LIMITS.maxPlanBytes,
    maxDepth: opts?.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxAliasCount: opts?.maxAliasCount ?? DEFAULT_LIMITS.maxAliasCount,
    duplicateKeyScanMaxBytes: opts?.duplicateKeyScanMaxBytes ?? DEFAULT_LIMITS.duplicateKeyScanMaxBytes,
    maxRepositoryFiles: opts?.maxRepositoryFiles ?? DEFAULT_LIMITS.maxRepositoryFiles
  };
}
var DEFAULT_LIMITS;
var init_options = __esm({
  "src/loaders/common/options.ts"() {
    "use strict";
    DEFAULT_LIMITS = {
      maxBytes: 20 * 1024 * 1024,
      maxPlanBytes: 512 * 1024 * 1024,
      maxDepth: 256,
      maxAliasCount: 100,
      duplicateKeyScanMaxBytes: 16 * 1024 * 1024,
      maxRepositoryFiles: 5e4
    };
  }
});

// src/loaders/common/location.ts
function toLocation(file, lines, start2, end, route, matched) {
  const loc = { file, region: lines.region(start2, end) };
  if (matched < route.length) loc.approximate = { resolved: route.slice(0, matched) };
  return loc;
}
var init_location = __esm({
  "src/loaders/common/location.ts"() {
    "use strict";
  }
});

// src/loaders/json/scan.ts
function asBuffer(b) {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}
function skipWs(t, i) {
  for (; ; ) {
    const c = t[i];
    if (c === 32 || c === 10 || c === 13 || c === 9) i++;
    else return i;
  }
}
function stringEnd2(t, i) {
  let j = i + 1;
  for (; ; ) {
    const q = t.indexOf(QUOTE2, j);
    if (q === -1) return -1;
    let k = q - 1;
    while (t[k] === BACKSLASH2) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    j = q + 1;
  }
}
function stringValue(t, i, end) {
  if (!hasEscape(t, i, end)) return t.toString("utf8", i + 1, end - 1);
  try {
    return JSON.parse(t.toString("utf8", i, end));
  } catch {
    return t.toString("utf8", i + 1, end - 1);
  }
}
function hasEscape(t, i, end) {
  for (let k = i + 1; k < end - 1; k++) if (t[k] === BACKSLASH2) return true;
  return false;
}
function valueEnd2(t, i) {
  const c = t[i];
  const n2 = t.length;
  if (c === QUOTE2) {
    const e = stringEnd2(t, i);
    return e === -1 ? n2 : e;
  }
  if (c === 123 || c === 91) {
    let depth = 0;
    let j2 = i;
    while (j2 < n2) {
      const d = t[j2];
      if (d === QUOTE2) {
        const e = stringEnd2(t, j2);
        if (e === -1) return n2;
        j2 = e;
        continue;
      }
      if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return j2 + 1;
      }
      j2++;
    }
    return n2;
  }
  let j = i;
  while (j < n2) {
    const d = t[j];
    if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
    j++;
  }
  return j;
}
var QUOTE2, BACKSLASH2;
var init_scan = __esm({
  "src/loaders/json/scan.ts"() {
    "use strict";
    QUOTE2 = 34;
    BACKSLASH2 = 92;
  }
});

// src/loaders/json/locate.ts
function isAsciiText(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
var CHUNK, MAP_MIN, JsonLocator;
var init_locate = __esm({
  "src/loaders/json/locate.ts"() {
    "use strict";
    init_scan();
    CHUNK = 1 << 16;
    MAP_MIN = 4096;
    JsonLocator = class {
      /** `structure`, when given, must be what checkJson recorded for these bytes. */
      constructor(bytes, structure) {
        this.structure = structure;
        this.text = asBuffer(bytes);
      }
      structure;
      cache = /* @__PURE__ */ new Map();
      arena = [];
      used = CHUNK;
      byKey = /* @__PURE__ */ new Map();
      rootSpan;
      text;
      /** The bytes this locator indexes. */
      get source() {
        return this.text;
      }
      /** The root value's span. */
      root() {
        if (!this.rootSpan) {
          if (this.structure) this.rootSpan = { ...this.structure.root };
          else {
            const s = skipWs(this.text, 0);
            this.rootSpan = { start: s, end: valueEnd2(this.text, s) };
          }
        }
        return this.rootSpan;
      }
      /** Where the value starting at `i` ends: recorded by the validator for a large container, else scanned. */
      end(i) {
        const st = this.structure;
        const c = this.text[i];
        if (st && (c === 123 || c === 91)) {
          const s = st.bigStarts;
          let lo = 0;
          let hi = s.length - 1;
          while (lo <= hi) {
            const mid = lo + hi >> 1;
            const v = s[mid];
            if (v === i) return st.bigEnds[mid];
            if (v < i) lo = mid + 1;
            else hi = mid - 1;
          }
        }
        return valueEnd2(this.text, i);
      }
      /** The offsets of the object's members ([key start, key end, value start, value end] each) or the array's elements. */
      offsets(start2, c) {
        const t = this.text;
        const out = [];
        let i = skipWs(t, start2 + 1);
        if (c === 123) {
          while (t[i] === 34) {
            const ke = stringEnd2(t, i);
            if (ke === -1) break;
            let v = skipWs(t, ke);
            if (t[v] !== 58) break;
            v = skipWs(t, v + 1);
            const ve = this.end(v);
            out.push(i, ke, v, ve);
            i = skipWs(t, ve);
            if (t[i] !== 44) break;
            i = skipWs(t, i + 1);
          }
          return out;
        }
        while (i < t.length && t[i] !== 93) {
          const ve = this.end(i);
          out.push(i, ve);
          i = skipWs(t, ve);
          if (t[i] !== 44) break;
          i = skipWs(t, i + 1);
        }
        return out;
      }
      /** The arena slot of the index of the container spanning `span` (built on the first visit), or -1 for a scalar. */
      children(span) {
        const c = this.text[span.start];
        if (c !== 123 && c !== 91) return -1;
        let h2 = this.cache.get(span.start);
        if (h2 === void 0) {
          const offsets = this.offsets(span.start, c);
          const need = offsets.length + 2;
          if (this.used + need > CHUNK) {
            this.arena.push(new Int32Array(Math.max(CHUNK, need)));
            this.used = 0;
          }
          const a = this.arena[this.arena.length - 1];
          h2 = (this.arena.length - 1) * CHUNK + this.used;
          a[this.used] = c;
          a[this.used + 1] = offsets.length;
          a.set(offsets, this.used + 2);
          this.used += need;
          this.cache.set(span.start, h2);
          if (c === 123 && span.end - span.start >= MAP_MIN) {
            const byKey = /* @__PURE__ */ new Map();
            for (let m = 0; m < offsets.length; m += 4) byKey.set(stringValue(this.text, offsets[m], offsets[m + 1]), m);
            this.byKey.set(span.start, byKey);
          }
        }
        return h2;
      }
      /**
       * Whether the key token [ks, ke) decodes to `key`; `utf8` is the key's UTF-8 bytes when it is
       * not ASCII (an ASCII key is compared code by code, without encoding it).
       */
      keyIs(ks, ke, key, utf8) {
        const t = this.text;
        if (hasEscape(t, ks, ke)) return stringValue(t, ks, ke) === key;
        if (utf8) return ke - ks - 2 === utf8.length && t.compare(utf8, 0, utf8.length, ks + 1, ke - 1) === 0;
        if (ke - ks - 2 !== key.length) return false;
        for (let j = 0; j < key.length; j++) if (t[ks + 1 + j] !== key.charCodeAt(j)) return false;
        return true;
      }
      /**
       * The child of the container spanning `span` under `seg`: an object's member (by String(seg)),
       * an array's element (a number, or with `numericStrings` a string of digits too).
       */
      child(span, seg, numericStrings) {
        const h2 = this.children(span);
        if (h2 === -1) return void 0;
        const a = this.arena[Math.floor(h2 / CHUNK)];
        const p = h2 % CHUNK;
        const n2 = a[p + 1];
        const o = p + 2;
        if (a[p] === 123) {
          const key = String(seg);
          let m = -1;
          const byKey = this.byKey.get(span.start);
          if (byKey) m = byKey.get(key) ?? -1;
          else {
            const utf8 = isAsciiText(key) ? void 0 : Buffer.from(key, "utf8");
            for (let k = n2 - 4; k >= 0 && m === -1; k -= 4) if (this.keyIs(a[o + k], a[o + k + 1], key, utf8)) m = k;
          }
          return m === -1 ? void 0 : { start: a[o + m + 2], end: a[o + m + 3], keyStart: a[o + m] };
        }
        const idx = typeof seg === "number" ? seg : numericStrings && /^\d+$/.test(seg) ? Number(seg) : -1;
        if (!Number.isInteger(idx) || idx < 0 || 2 * idx + 1 >= n2) return void 0;
        return { start: a[o + 2 * idx], end: a[o + 2 * idx + 1] };
      }
      /**
       * The value under `seg` in the value spanning `node`: an object's member, or an array's element
       * for a number segment (as a JavaScript walk over the parsed value would go).
       */
      step(node, seg) {
        return this.child(node, seg, false);
      }
      /** The decoded string spanning `node`, or undefined when the value there is not a string. */
      string(node) {
        if (this.text[node.start] !== 34) return void 0;
        const e = stringEnd2(this.text, node.start);
        return e === -1 ? void 0 : stringValue(this.text, node.start, e);
      }
      /** Span of the value at `route` (without its key), and how much of the route matched. */
      value(route) {
        let cur = this.root();
        let keyStart;
        let matched = 0;
        for (const seg of route) {
          const next = this.child(cur, seg, true);
          if (!next) break;
          cur = { start: next.start, end: next.end };
          keyStart = next.keyStart;
          matched++;
        }
        return { span: cur, matched, keyStart };
      }
      /** The finding span: key start (for object members) through value end. */
      locate(route) {
        const r = this.value(route);
        return { span: { start: r.keyStart ?? r.span.start, end: r.span.end }, matched: r.matched };
      }
    };
  }
});

// src/loaders/json/validate.ts
function grow(a) {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}
function checkJson(path, bytes, opts) {
  const t = asBuffer(bytes);
  const n2 = t.length;
  const dups = [];
  const big = new Spans();
  const members = new Offsets();
  const describe2 = (i) => {
    if (i >= n2) return "end of file";
    const c = t[i];
    if (c < 128) return `'${String.fromCharCode(c)}'`;
    const len = c >= 240 ? 4 : c >= 224 ? 3 : 2;
    return `'${t.toString("utf8", i, i + len)[0]}'`;
  };
  const word = (i, w) => {
    for (let k = 0; k < w.length; k++) if (t[i + k] !== w.charCodeAt(k)) return false;
    return true;
  };
  const value = (i, depth) => {
    i = skipWs(t, i);
    const c = t[i];
    if (c === 123 || c === 91) {
      if (depth >= opts.maxDepth) throw new Stop(i, `nesting deeper than ${opts.maxDepth} levels`, true);
      const slot = big.n;
      big.push(i, 0);
      const end = c === 123 ? object(i, depth + 1) : array(i, depth + 1);
      if (end - i < BIG_CONTAINER) big.n = slot;
      else big.ends[slot] = end;
      return end;
    }
    if (c === 34) return str2(i);
    if (word(i, "true")) return i + 4;
    if (word(i, "false")) return i + 5;
    if (word(i, "null")) return i + 4;
    const e = numberEnd(t, i);
    if (e !== -1) return e;
    throw new Stop(i, `unexpected ${describe2(i)}, expected a value`);
  };
  const str2 = (i) => {
    try {
      for (let k = i + 1; k < n2; k++) {
        const c = t[k];
        if (c === 34) return k + 1;
        if (c === 92) k = escape(k);
        else if (c < 32) throw new Stop(k, "control character inside a string (escape it, e.g. \\n)");
      }
    } catch (e) {
      if (stringEnd2(t, i) !== -1) throw e;
    }
    throw new Stop(i, "unterminated string");
  };
  const escape = (k) => {
    const c = t[k + 1];
    if (c === void 0) throw new Stop(k, "unterminated string");
    if (c === 117) {
      if (!(isHex(t[k + 2]) && isHex(t[k + 3]) && isHex(t[k + 4]) && isHex(t[k + 5]))) throw new Stop(k, "invalid \\u escape: expected four hexadecimal digits");
      return k + 5;
    }
    if (!ESCAPES.has(c)) throw new Stop(k, `invalid escape \\${describe2(k + 1).slice(1, -1)} (JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`);
    return k + 1;
  };
  const object = (i, depth) => {
    i = skipWs(t, i + 1);
    if (t[i] === 125) return i + 1;
    const seen = opts.duplicates ? /* @__PURE__ */ new Set() : void 0;
    for (; ; ) {
      if (t[i] !== 34) throw new Stop(i, `unexpected ${describe2(i)}, expected a "quoted" property name`);
      const ks = i;
      const ke = str2(i);
      if (seen) {
        const key = stringValue(t, i, ke);
        if (seen.has(key)) dups.push({ offset: i, key });
        else seen.add(key);
      }
      i = skipWs(t, ke);
      if (t[i] !== 58) throw new Stop(i, `unexpected ${describe2(i)}, expected ':' after the property name`);
      const vs = skipWs(t, i + 1);
      const ve = value(vs, depth);
      if (depth === 1) {
        members.push(ks);
        members.push(ke);
        members.push(vs);
        members.push(ve);
      }
      i = skipWs(t, ve);
      const c = t[i];
      if (c === 125) return i + 1;
      if (c !== 44) throw new Stop(i, `unexpected ${describe2(i)}, expected ',' or '}'`);
      i = skipWs(t, i + 1);
      if (t[i] === 125) throw new Stop(i, "trailing comma before }");
    }
  };
  const array = (i, depth) => {
    i = skipWs(t, i + 1);
    if (t[i] === 93) return i + 1;
    for (; ; ) {
      i = skipWs(t, value(i, depth));
      const c = t[i];
      if (c === 93) return i + 1;
      if (c !== 44) throw new Stop(i, `unexpected ${describe2(i)}, expected ',' or ']'`);
      if (t[skipWs(t, i + 1)] === 93) throw new Stop(i, "trailing comma before ]");
      i = i + 1;
    }
  };
  let lines;
  const pos = (o) => (lines ??= new LineIndex(t)).lineCol(o);
  let root;
  try {
    const start2 = skipWs(t, 0);
    const end = value(start2, 0);
    root = { start: start2, end };
    const rest = skipWs(t, end);
    if (rest < n2) throw new Stop(rest, `unexpected ${describe2(rest)} after the end of the JSON value`);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const error = e.limit ? at(path, pos(e.offset), "input_limit_error", e.message, "flatten the data, or raise limits.maxDepth in the Palisade config if this depth is intended") : at(path, pos(e.offset), "input_parse_error", `invalid JSON: ${e.message}`, "fix the syntax at this position (a JSON linter such as `jq . file` shows the same spot)");
    return { error, warnings: [] };
  }
  return {
    warnings: dups.map(
      (d) => at(path, pos(d.offset), "input_duplicate_key", `key "${d.key}" appears more than once in this object; the last one wins`, "remove the duplicate so the file says one thing", "warning")
    ),
    structure: { root, members: members.done(), bigStarts: big.starts.slice(0, big.n), bigEnds: big.ends.slice(0, big.n) }
  };
}
function topMembers(bytes, structure) {
  const t = asBuffer(bytes);
  const m = structure.members;
  const out = [];
  for (let k = 0; k < m.length; k += 4) out.push({ key: stringValue(t, m[k], m[k + 1]), start: m[k + 2], end: m[k + 3] });
  return out;
}
function numberEnd(t, i) {
  if (t[i] === 45) i++;
  const first = t[i];
  if (first === 48) i++;
  else if (first !== void 0 && first > 48 && first <= 57) while (isDigit2(t[++i])) ;
  else return -1;
  if (t[i] === 46 && isDigit2(t[i + 1])) {
    i++;
    while (isDigit2(t[++i])) ;
  }
  const e = t[i];
  if (e === 101 || e === 69) {
    let j = i + 1;
    if (t[j] === 43 || t[j] === 45) j++;
    if (isDigit2(t[j])) {
      while (isDigit2(t[++j])) ;
      i = j;
    }
  }
  return i;
}
function firstTooDeep(b, maxDepth) {
  let depth = 0;
  const n2 = b.length;
  for (let i = 0; i < n2; i++) {
    const c = b[i];
    if (c === 34) {
      for (i++; i < n2; i++) {
        const d = b[i];
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}
var Stop, BIG_CONTAINER, ESCAPES, isDigit2, isHex, Offsets, Spans;
var init_validate = __esm({
  "src/loaders/json/validate.ts"() {
    "use strict";
    init_diag();
    init_line_index();
    init_scan();
    Stop = class {
      constructor(offset, message, limit = false) {
        this.offset = offset;
        this.message = message;
        this.limit = limit;
      }
      offset;
      message;
      limit;
    };
    BIG_CONTAINER = 512;
    ESCAPES = /* @__PURE__ */ new Set([34, 92, 47, 98, 102, 110, 114, 116]);
    isDigit2 = (c) => c !== void 0 && c >= 48 && c <= 57;
    isHex = (c) => c !== void 0 && (c >= 48 && c <= 57 || (c | 32) >= 97 && (c | 32) <= 102);
    Offsets = class {
      a = new Uint32Array(256);
      n = 0;
      push(v) {
        if (this.n === this.a.length) this.a = grow(this.a);
        this.a[this.n++] = v;
      }
      done() {
        return this.a.slice(0, this.n);
      }
    };
    Spans = class {
      starts = new Uint32Array(256);
      ends = new Uint32Array(256);
      n = 0;
      push(start2, end) {
        if (this.n === this.starts.length) {
          this.starts = grow(this.starts);
          this.ends = grow(this.ends);
        }
        this.starts[this.n] = start2;
        this.ends[this.n++] = end;
      }
    };
  }
});

// src/loaders/json/parse.ts
function parseJson(path, text, lim2, utf8) {
  const bytes = () => utf8 ??= Buffer.from(text, "utf8");
  const strict = text.length <= lim2.duplicateKeyScanMaxBytes;
  let warnings = [];
  if (strict) {
    const check = checkJson(path, bytes(), { maxDepth: lim2.maxDepth, duplicates: true });
    if (check.error) return { ok: false, diagnostics: [check.error] };
    warnings = check.warnings;
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    const check = checkJson(path, bytes(), { maxDepth: Number.MAX_SAFE_INTEGER, duplicates: false });
    const d = check.error ?? at(path, { line: 1, col: 1 }, "input_parse_error", "invalid JSON", "check the file with a JSON linter such as `jq . file`");
    return { ok: false, diagnostics: [d] };
  }
  if (!strict) {
    const deep = firstTooDeep(bytes(), lim2.maxDepth);
    if (deep !== -1) return { ok: false, diagnostics: [tooDeep(path, new LineIndex(bytes()).lineCol(deep), lim2)] };
  }
  return { ok: true, data, warnings };
}
function tooDeep(path, where, lim2) {
  return at(path, where, "input_limit_error", `nesting deeper than ${lim2.maxDepth} levels`, "flatten the data, or raise limits.maxDepth in the Palisade config if this depth is intended");
}
function checkJsonBytes(path, utf8, lim2) {
  const check = checkJson(path, utf8, { maxDepth: lim2.maxDepth, duplicates: utf8.length <= lim2.duplicateKeyScanMaxBytes });
  return check.error || !check.structure ? { ok: false, diagnostics: check.error ? [check.error] : [] } : { ok: true, warnings: check.warnings, structure: check.structure };
}
var init_parse = __esm({
  "src/loaders/json/parse.ts"() {
    "use strict";
    init_diag();
    init_line_index();
    init_validate();
  }
});

// src/loaders/json/load.ts
function jsonLocate(path, utf8, structure) {
  let locator;
  let lines;
  const get2 = () => locator ??= new JsonLocator(utf8(), structure);
  return {
    locator: get2,
    locate(route) {
      const r = get2().locate(route);
      lines ??= new LineIndex(get2().source);
      return toLocation(path, lines, r.span.start, r.span.end, route, r.matched);
    }
  };
}
function jsonDocument(kind, path, text, data, utf8) {
  return {
    kind,
    path,
    index: 0,
    data,
    ...utf8 ? { json: utf8 } : {},
    ignores: [],
    // Small documents: the bytes are encoded from the text when a finding first asks.
    locate: jsonLocate(path, () => utf8 ?? Buffer.from(text, "utf8")).locate
  };
}
function loadJson(file, opts) {
  const lim2 = limits(opts);
  const dec = decodeInput(file, lim2.maxBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  const parsed = parseJson(file.path, dec.text, lim2, dec.utf8);
  if (!parsed.ok) return { documents: [], diagnostics: parsed.diagnostics };
  return { documents: [jsonDocument("json", file.path, dec.text, parsed.data, dec.utf8)], diagnostics: parsed.warnings };
}
var init_load = __esm({
  "src/loaders/json/load.ts"() {
    "use strict";
    init_input();
    init_line_index();
    init_location();
    init_options();
    init_locate();
    init_parse();
  }
});

// src/loaders/terraform/address.ts
import { posix } from "node:path";
function parseAddress(address) {
  let rest = address;
  const modules = [];
  const take = () => {
    const m = SEG.exec(rest);
    if (!m) return void 0;
    rest = rest.slice(m[0].length);
    const raw = m[2]?.slice(1, -1);
    if (raw === void 0) return { name: m[1] };
    return { name: m[1], index: raw.startsWith('"') ? JSON.parse(raw) : Number(raw) };
  };
  for (; ; ) {
    if (!rest.startsWith("module.")) break;
    rest = rest.slice("module.".length);
    const m = take();
    if (!m) return void 0;
    modules.push(m.name);
  }
  let mode = "managed";
  if (rest.startsWith("data.")) {
    mode = "data";
    rest = rest.slice(5);
  }
  const type = take();
  const name = take();
  if (!type || !name || rest !== "") return void 0;
  const out = { modules, mode, type: type.name, name: name.name };
  if (name.index !== void 0) out.index = name.index;
  return out;
}
function moduleDir(plan, rootDir, modules) {
  let dir = rootDir;
  const configuration = plan.child(plan.root, "configuration");
  let mod = configuration === void 0 ? void 0 : plan.child(configuration, "root_module");
  for (const name of modules) {
    const calls = mod === void 0 ? void 0 : plan.child(mod, "module_calls");
    const call = calls === void 0 ? void 0 : plan.child(calls, name);
    const source = call === void 0 ? void 0 : plan.child(call, "source");
    const src = source === void 0 ? void 0 : plan.string(source);
    if (call === void 0 || src === void 0) return void 0;
    if (!src.startsWith("./") && !src.startsWith("../")) return void 0;
    dir = posix.normalize(posix.join(dir, src));
    if (dir.startsWith("../")) return void 0;
    mod = plan.child(call, "module");
  }
  return dir === "" ? "." : dir;
}
var SEG;
var init_address = __esm({
  "src/loaders/terraform/address.ts"() {
    "use strict";
    SEG = /^([A-Za-z_][A-Za-z0-9_-]*)(\[(?:"(?:[^"\\]|\\.)*"|\d+)\])?(?:\.|$)/;
  }
});

// src/loaders/terraform/hcl.ts
function convert(b) {
  return {
    type: b.type,
    labels: b.labels,
    start: b.s,
    end: b.e,
    attrs: b.body.attrs.map((a) => ({ name: a.name, start: a.s, end: a.e })),
    blocks: b.body.blocks.map(convert)
  };
}
function scanHcl(text) {
  return parseHcl(text).body.blocks.map(convert);
}
function findInBlock(block, path) {
  let cur = block;
  let span = { start: block.start, end: block.end };
  let matched = 0;
  for (let k = 0; k < path.length; k++) {
    const seg = path[k];
    if (typeof seg !== "string") break;
    const attr = cur.attrs.find((a) => a.name === seg);
    if (attr) return { start: attr.start, end: attr.end, matched: matched + 1 };
    const nested = cur.blocks.filter((b) => b.type === seg);
    if (nested.length === 0) break;
    const next = path[k + 1];
    let pick = nested[0];
    if (typeof next === "number") {
      if (!nested[next]) {
        span = { start: nested[0].start, end: nested[0].end };
        matched++;
        break;
      }
      pick = nested[next];
      k++;
      matched++;
    }
    cur = pick;
    span = { start: pick.start, end: pick.end };
    matched++;
  }
  return { ...span, matched };
}
var init_hcl = __esm({
  "src/loaders/terraform/hcl.ts"() {
    "use strict";
    init_parser();
  }
});

// src/loaders/terraform/plan.ts
import { posix as posix2 } from "node:path";
function resourceForRoute(plan, route) {
  let cur = plan.root;
  const modules = [];
  let found;
  for (let k = 0; k < route.length; k++) {
    const seg = route[k];
    if (route[k - 1] === "module_calls" && route[0] === "configuration") modules.push(String(seg));
    cur = plan.child(cur, seg);
    if (cur === void 0) break;
    const address2 = field(plan, cur, "address");
    if (address2 !== void 0 && field(plan, cur, "type") !== void 0 && field(plan, cur, "name") !== void 0) {
      found = { address: address2, depth: k + 1, modules: [...modules] };
    }
  }
  if (!found) return void 0;
  const rel = found.address;
  const address = route[0] === "configuration" ? [...found.modules.map((m) => `module.${m}`), rel].join(".") : rel;
  const rest = route.slice(found.depth);
  let skip = 0;
  if (typeof rest[0] === "string" && CONTAINERS[rest[0]]) skip = 1;
  else if (rest[0] === "change" && typeof rest[1] === "string" && CHANGE_SIDES.has(rest[1])) skip = 2;
  if (skip === 0) return { address, resourceDepth: found.depth, attr: [], attrOffset: route.length };
  return { address, resourceDepth: found.depth, attr: rest.slice(skip), attrOffset: found.depth + skip };
}
function field(plan, node, key) {
  const v = plan.child(node, key);
  return v === void 0 ? void 0 : plan.string(v);
}
function sourceIgnores(sources, rootDir, out) {
  const ignores = [];
  for (const [file, text] of sources) {
    if (!file.endsWith(".tf") || text.indexOf("palisade:ignore") === -1) continue;
    if (rootDir !== "." && !file.startsWith(`${rootDir}/`) && !file.startsWith("../")) continue;
    const lines = new LineIndex(text);
    const ends = /* @__PURE__ */ new Map();
    const visit2 = (bs) => {
      for (const b of bs) {
        ends.set(lines.lineCol(b.start).line, lines.lineCol(Math.max(b.start, b.end - 1)).line);
        visit2(b.blocks);
      }
    };
    visit2(scanHcl(text));
    const scan = scanIgnores(file, text, lines, { openers: ["#", "//"], extent: (l) => ends.get(l) ?? l });
    for (const ig of scan.ignores) ignores.push({ ...ig, file });
    out.push(...scan.diagnostics);
  }
  return ignores;
}
function loadTerraformPlan(file, opts) {
  const lim2 = limits(opts);
  const dec = decodeUtf8(file, lim2.maxPlanBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  const json = dec.utf8;
  const checked = checkJsonBytes(file.path, json, lim2);
  if (!checked.ok) return { documents: [], diagnostics: checked.diagnostics };
  const diagnostics = checked.warnings;
  const { structure } = checked;
  const { locate: locatePlan, locator } = jsonLocate(file.path, () => json, structure);
  if (!isPlan(bytesView(locator()))) {
    diagnostics.push(
      at(file.path, { line: 1, col: 1 }, "input_parse_error", "not a Terraform plan: expected `format_version` and `planned_values` or `resource_changes` at the top level; loaded as plain JSON", "produce the plan with `terraform show -json tfplan > plan.json`", "warning")
    );
    const text = json.toString("utf8");
    return { documents: [jsonDocument("json", file.path, text, JSON.parse(text), json)], diagnostics };
  }
  let view;
  const plan = () => view ??= bytesView(locator());
  let last;
  const resourceOf = (route) => {
    if (!last || last.route.length !== route.length || last.route.some((seg, i) => seg !== route[i])) last = { route: [...route], resource: resourceForRoute(plan(), route) };
    return last.resource;
  };
  let tree;
  const rootDir = posix2.dirname(file.path);
  const sources = opts?.terraformSources ?? /* @__PURE__ */ new Map();
  const index = new SourceIndex(sources);
  const locate = (route) => {
    const planLoc = locatePlan(route);
    const effective = planLoc.approximate ? planLoc.approximate.resolved : route;
    const r = resourceOf(effective);
    if (!r || sources.size === 0) return planLoc;
    const hit = index.find(plan(), rootDir, r.address);
    if (!hit) return planLoc;
    const f = findInBlock(hit.block, r.attr);
    const loc = { file: hit.file, region: hit.lines.region(f.start, f.end) };
    const resolvedLen = r.attr.length === 0 ? effective.length : r.attrOffset + f.matched;
    if (resolvedLen < route.length) loc.approximate = { resolved: route.slice(0, resolvedLen) };
    return loc;
  };
  const doc = {
    kind: "terraform-plan",
    path: file.path,
    index: 0,
    get data() {
      return tree ??= JSON.parse(json.toString("utf8"));
    },
    json,
    resource: `plan ${file.path}`,
    ignores: sourceIgnores(sources, rootDir, diagnostics),
    locate,
    locatePlan,
    resourceAt: (route) => resourceOf(route)?.address,
    jsonMembers: () => topMembers(json, structure)
  };
  return { documents: [doc], diagnostics };
}
function isPlan(plan) {
  const has = (key) => plan.child(plan.root, key) !== void 0;
  return has("format_version") && (has("planned_values") || has("resource_changes"));
}
function bytesView(locator) {
  return { root: locator.root(), child: (node, seg) => locator.step(node, seg), string: (node) => locator.string(node) };
}
var CONTAINERS, CHANGE_SIDES, SourceIndex;
var init_plan = __esm({
  "src/loaders/terraform/plan.ts"() {
    "use strict";
    init_diag();
    init_input();
    init_ignores();
    init_line_index();
    init_options();
    init_load();
    init_parse();
    init_validate();
    init_address();
    init_hcl();
    CONTAINERS = { values: 1, sensitive_values: 1, expressions: 1 };
    CHANGE_SIDES = /* @__PURE__ */ new Set(["after", "before", "after_unknown", "before_sensitive", "after_sensitive"]);
    SourceIndex = class {
      constructor(sources) {
        this.sources = sources;
      }
      sources;
      scanned = /* @__PURE__ */ new Map();
      files(dir) {
        const out = [];
        for (const p of this.sources.keys()) if (p.endsWith(".tf") && posix2.dirname(p) === dir) out.push(p);
        return out.sort();
      }
      get(file) {
        let s = this.scanned.get(file);
        if (!s) {
          const text = this.sources.get(file) ?? "";
          s = { blocks: scanHcl(text), lines: new LineIndex(text) };
          this.scanned.set(file, s);
        }
        return s;
      }
      /** The block declaring `address`, searched in its module's directory. */
      find(plan, rootDir, address) {
        const a = parseAddress(address);
        if (!a) return void 0;
        const dir = moduleDir(plan, rootDir, a.modules);
        if (dir === void 0) return void 0;
        const keyword = a.mode === "data" ? "data" : "resource";
        for (const f of this.files(dir)) {
          const s = this.get(f);
          const block = s.blocks.find((b) => b.type === keyword && b.labels[0] === a.type && b.labels[1] === a.name);
          if (block) return { file: f, block, lines: s.lines };
        }
        return void 0;
      }
    };
  }
});

// src/scan/parallel-worker.ts
import { workerData, parentPort } from "node:worker_threads";

// src/discovery/contained.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";

// src/fs-async.ts
import { close, lstat as lstatCb, open as openCb, read, readdir as readdirCb, realpath as realpathCb, rename as renameCb, rm as rmCb, stat as statCb, write, writeFile as writeFileCb } from "node:fs";
import { promisify } from "node:util";
var lstat = promisify(lstatCb);
var stat = promisify(statCb);
var realpath = promisify(realpathCb.native);
var readdir = promisify(readdirCb);
var rename = promisify(renameCb);
var rm = promisify(rmCb);
var writeFile = promisify(writeFileCb);
var openFd = promisify(openCb);
var readFd = promisify(read);
var writeFd = promisify(write);
var closeFd = promisify(close);

// src/discovery/contained.ts
init_diag();
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
function inside(root, p) {
  const r = relative(root, p);
  return r === "" || r !== ".." && !r.startsWith(`..${"/"}`) && !r.startsWith("..\\") && !isAbsolute(r);
}
function specialKind(st) {
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  if (st.isDirectory()) return "a directory";
  return void 0;
}
function specialFileDiagnostic(rel, what) {
  return fileDiagnostic(rel, "input_read_error", `${what}, not a regular file, so it was not read`, "scan regular files only; remove it from the command line, or add it to `ignore`", "warning");
}
function outsideRootDiagnostic(rel) {
  return fileDiagnostic(rel, "input_read_error", "symlink points outside the scanned root, so it was not followed", "scan the target directly, or replace the link with the file", "warning");
}
function readError(rel, e) {
  const err = e;
  const why = err.code === "EACCES" ? "permission denied" : err.code === "ELOOP" ? "symlink loop" : err.code === "EISDIR" ? "is a directory" : err.code === "ENOENT" ? "no such file" : err.code === "ENAMETOOLONG" ? "path too long" : err.message;
  return fileDiagnostic(rel, "input_read_error", `cannot read: ${why}`, "check that the file exists and is readable by the user running Palisade");
}
async function checkContained(rootReal, abs, rel) {
  let real;
  try {
    real = await realpath(abs);
  } catch (e) {
    return { ok: false, diagnostic: readError(rel, e) };
  }
  if (!inside(rootReal, real)) return { ok: false, diagnostic: outsideRootDiagnostic(rel) };
  try {
    const st = await stat(real);
    const special = st.isFile() ? void 0 : specialKind(st) ?? "not a regular file";
    if (special) return { ok: false, diagnostic: specialFileDiagnostic(rel, special) };
  } catch (e) {
    return { ok: false, diagnostic: readError(rel, e) };
  }
  return { ok: true, real };
}
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;
var ContainmentGate = class {
  constructor(rootReal) {
    this.rootReal = rootReal;
  }
  rootReal;
  dirs = /* @__PURE__ */ new Map();
  async read(abs, rel, cap, limitHint) {
    const name = basename(abs);
    if (constants.O_NOFOLLOW !== void 0 && name !== ".." && name !== ".") {
      const dir = await this.realDir(dirname(abs));
      if (dir !== void 0) {
        const fd2 = tryOpen(dir.endsWith(sep) ? dir + name : dir + sep + name);
        if (fd2 !== void 0) return readFd2(fd2, rel, cap, limitHint);
      }
    }
    const c = await checkContained(this.rootReal, abs, rel);
    if (!c.ok) return { diagnostic: c.diagnostic };
    let fd;
    try {
      fd = openSync(c.real, OPEN_FLAGS);
    } catch (e) {
      return { diagnostic: readError(rel, e) };
    }
    return readFd2(fd, rel, cap, limitHint);
  }
  /** The real path of `dir` when it is inside the root; undefined sends its files down the slow path. */
  realDir(dir) {
    let p = this.dirs.get(dir);
    if (!p) {
      p = realpath(dir).then(
        (real) => inside(this.rootReal, real) ? real : void 0,
        () => void 0
      );
      this.dirs.set(dir, p);
    }
    return p;
  }
};
function tryOpen(path) {
  try {
    return openSync(path, OPEN_FLAGS);
  } catch {
    return void 0;
  }
}
function readFd2(fd, rel, cap, limitHint) {
  const tooBig = (size) => ({ diagnostic: fileDiagnostic(rel, "input_limit_error", `file is ${size} bytes, over the ${cap}-byte limit for this kind of input`, limitHint) });
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { diagnostic: specialFileDiagnostic(rel, specialKind(st) ?? "not a regular file") };
    if (st.size > cap) return tooBig(String(st.size));
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const buf = Buffer.alloc(Math.max(1, Math.min(st.size - total, cap - total) + 1));
      const bytesRead = readSync(fd, buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > cap) return tooBig(`more than ${cap}`);
    }
    return { bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks) };
  } catch (e) {
    return { diagnostic: readError(rel, e) };
  } finally {
    closeSync(fd);
  }
}

// node_modules/@open-policy-agent/opa-wasm/src/index.mjs
var src_exports = {};
__export(src_exports, {
  default: () => src_default,
  loadPolicy: () => loadPolicy
});
var import_opa = __toESM(require_opa(), 1);
var loadPolicy = import_opa.default.loadPolicy;
var src_default = import_opa.default;

// src/diagnostics.ts
function formatDiagnostic(d) {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col > 0 ? d.col : 1}` : d.file;
  const head = `${where}: ${d.severity ?? "error"}[${d.code}]: ${d.message}`;
  return d.fix ? `${head}
  fix: ${d.fix}` : head;
}
var PalisadeError = class extends Error {
  diagnostics;
  constructor(diagnostics) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "PalisadeError";
    this.diagnostics = diagnostics;
  }
};
var InternalError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "InternalError";
  }
};

// src/bundle/bundle.ts
init_lazy_node();
var inventoryKey = (kind) => `inventory:${kind}`;
var MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

// src/runtime/entropy.ts
init_lazy_node();
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2 } from "node:fs";
var pool = new Uint32Array(512);
var used = pool.length;
function refill() {
  const bytes = new Uint8Array(pool.buffer);
  let fd;
  try {
    fd = openSync2("/dev/urandom", "r");
    for (let n2 = 0; n2 < bytes.length; ) {
      const r = readSync2(fd, bytes, n2, bytes.length - n2, null);
      if (r <= 0) throw new Error("short read from /dev/urandom");
      n2 += r;
    }
    return;
  } catch {
  } finally {
    if (fd !== void 0) closeSync2(fd);
  }
  nodeCrypto().randomFillSync(pool);
}
function draw() {
  if (used === pool.length) {
    refill();
    used = 0;
  }
  return pool[used++];
}
function seedModule(policy) {
  policy.wasmInstance?.exports.palisade_seed?.(draw(), draw());
}

// src/runtime/json-members.ts
var QUOTE = 34;
var BACKSLASH = 92;
var decoder = new TextDecoder();
var encoder = new TextEncoder();
var CLASS = new Uint8Array(256);
CLASS[QUOTE] = 1;
CLASS[123] = CLASS[91] = 2;
CLASS[125] = CLASS[93] = 3;
var isSpace = (b) => b === 32 || b === 10 || b === 13 || b === 9;
function stringEnd(bytes, q) {
  let from = q + 1;
  for (; ; ) {
    const j = bytes.indexOf(QUOTE, from);
    if (j < 0) return -1;
    let k = j - 1;
    while (bytes[k] === BACKSLASH) k--;
    if ((j - 1 - k) % 2 === 0) return j;
    from = j + 1;
  }
}
function valueEnd(bytes, p) {
  const first = bytes[p];
  if (first === QUOTE) {
    const e = stringEnd(bytes, p);
    return e < 0 ? -1 : e + 1;
  }
  if (first === 123 || first === 91) {
    let depth = 0;
    for (let i2 = p; i2 < bytes.length; i2++) {
      const c = CLASS[bytes[i2]];
      if (c === 0) continue;
      if (c === 1) {
        i2 = stringEnd(bytes, i2);
        if (i2 < 0) return -1;
      } else if (c === 2) depth++;
      else if (--depth === 0) return i2 + 1;
    }
    return -1;
  }
  let i = p;
  while (i < bytes.length && bytes[i] !== 44 && bytes[i] !== 125 && bytes[i] !== 93 && !isSpace(bytes[i])) i++;
  return i > p ? i : -1;
}
function skipSpace(bytes, p) {
  while (isSpace(bytes[p])) p++;
  return p;
}
function decodeKey(bytes, start2, end) {
  const raw = bytes.subarray(start2 + 1, end);
  try {
    return raw.includes(BACKSLASH) ? JSON.parse(decoder.decode(bytes.subarray(start2, end + 1))) : decoder.decode(raw);
  } catch {
    return void 0;
  }
}
function topLevelMembers(bytes) {
  let p = skipSpace(bytes, 0);
  if (bytes[p] !== 123) return void 0;
  const members = [];
  p = skipSpace(bytes, p + 1);
  if (bytes[p] === 125) return skipSpace(bytes, p + 1) === bytes.length ? members : void 0;
  for (; ; ) {
    if (bytes[p] !== QUOTE) return void 0;
    const start2 = p;
    const keyEnd = stringEnd(bytes, p);
    if (keyEnd < 0) return void 0;
    p = skipSpace(bytes, keyEnd + 1);
    if (bytes[p] !== 58) return void 0;
    const valueStart = skipSpace(bytes, p + 1);
    const end = valueEnd(bytes, valueStart);
    const key = decodeKey(bytes, start2, keyEnd);
    if (end < 0 || key === void 0) return void 0;
    members.push({ key, start: valueStart, end });
    p = skipSpace(bytes, end);
    if (bytes[p] === 44) p = skipSpace(bytes, p + 1);
    else if (bytes[p] === 125) return skipSpace(bytes, p + 1) === bytes.length ? members : void 0;
    else return void 0;
  }
}
var membersCache = /* @__PURE__ */ new WeakMap();
var unsure = (key) => new RegExp("[\\uFFFD]|\\p{Cs}", "u").test(key);
function projectJson(bytes, keys, members) {
  let all = membersCache.get(bytes);
  if (all === void 0) membersCache.set(bytes, all = (members ? members() : topLevelMembers(bytes)) ?? null);
  if (!all) return bytes;
  const kept = all.filter((m) => keys.has(m.key) || unsure(m.key));
  if (kept.length === all.length) return bytes;
  const keyBytes = kept.map((m) => encoder.encode(`${JSON.stringify(m.key)}:`));
  const length = 2 + Math.max(0, kept.length - 1) + kept.reduce((n2, m, i) => n2 + keyBytes[i].length + m.end - m.start, 0);
  return { bytes, members: kept, keys: keyBytes, length };
}
function writeProjected(target, at2, p) {
  let q = at2;
  target[q++] = 123;
  p.members.forEach((m, i) => {
    if (i > 0) target[q++] = 44;
    target.set(p.keys[i], q);
    q += p.keys[i].length;
    target.set(p.bytes.subarray(m.start, m.end), q);
    q += m.end - m.start;
  });
  target[q] = 125;
}

// src/runtime/evaluate.ts
var PAGE = 64 * 1024;
var encoder2 = new TextEncoder();
var decoder2 = new TextDecoder();
function reserve(state, end) {
  const delta = end - state.mem.buffer.byteLength;
  if (delta > 0) state.mem.grow(Math.ceil(delta / PAGE));
}
var isProjected = (input) => typeof input === "object" && "members" in input;
var GAP = 0.8;
var gapFor = (length) => Math.ceil(length * GAP / 8) * 8;
function writeInput(state, input, at2) {
  if (isProjected(input)) {
    reserve(state, at2 + input.length);
    writeProjected(new Uint8Array(state.mem.buffer), at2, input);
    return input.length;
  }
  if (typeof input !== "string") {
    reserve(state, at2 + input.byteLength);
    new Uint8Array(state.mem.buffer).set(input, at2);
    return input.byteLength;
  }
  if (at2 + input.length > state.mem.buffer.byteLength) reserve(state, at2 + Buffer.byteLength(input, "utf8"));
  const first = encoder2.encodeInto(input, new Uint8Array(state.mem.buffer, at2));
  if (first.read === input.length) return first.written;
  reserve(state, at2 + Buffer.byteLength(input, "utf8"));
  return encoder2.encodeInto(input, new Uint8Array(state.mem.buffer, at2)).written;
}
function inputBuffer(input) {
  if (typeof input === "string") return encoder2.encode(input).buffer;
  if (!isProjected(input)) return input.slice().buffer;
  const out = new Uint8Array(input.length);
  writeProjected(out, 0, input);
  return out.buffer;
}
function evaluateJson(policy, input, entrypoint) {
  const state = policy;
  if (!(state.minorVersion >= 2)) return policy.evaluate(inputBuffer(input), entrypoint);
  if (!Object.prototype.hasOwnProperty.call(state.entrypoints, entrypoint)) throw `entrypoint ${entrypoint} is not valid in this instance`;
  const at2 = state.dataHeapPtr + gapFor(typeof input === "string" || isProjected(input) ? input.length : input.byteLength);
  const inputLen = writeInput(state, input, at2);
  seedModule(policy);
  const ret = state.wasmInstance.exports.opa_eval(0, state.entrypoints[entrypoint], state.dataAddr, at2, inputLen, state.dataHeapPtr, 0);
  const bytes = new Uint8Array(state.mem.buffer);
  const end = bytes.indexOf(0, ret);
  return JSON.parse(decoder2.decode(bytes.subarray(ret, end < 0 ? bytes.length : end)));
}

// src/runtime/release.ts
import v8 from "node:v8";
import vm from "node:vm";
var gc;
function collectGarbage() {
  if (gc === void 0) {
    try {
      v8.setFlagsFromString("--expose-gc");
      const f = vm.runInNewContext("gc");
      gc = typeof f === "function" ? f : null;
    } catch {
      gc = null;
    }
  }
  if (gc) {
    gc();
    gc();
  }
}

// src/rego/builtins.ts
var n = (arity, extra = {}) => ({ arity, impl: "native", ...extra });
var h = (arity, extra = {}) => ({ arity, impl: "host", ...extra });
var BUILTINS = {
  // operators (the parser desugars infix syntax to these names)
  equal: n(2),
  neq: n(2),
  lt: n(2),
  lte: n(2),
  gt: n(2),
  gte: n(2),
  plus: n(2),
  minus: n(2),
  mul: n(2),
  div: n(2),
  rem: n(2),
  and: n(2),
  or: n(2),
  "internal.member_2": n(2),
  "internal.member_3": n(3),
  // numbers
  abs: n(1),
  round: n(1),
  ceil: n(1),
  floor: n(1),
  "numbers.range": n(2),
  "numbers.range_step": n(3),
  "rand.intn": n(2, { impure: true }),
  "bits.and": n(2),
  "bits.or": n(2),
  "bits.xor": n(2),
  "bits.negate": n(1),
  "bits.lsh": n(2),
  "bits.rsh": n(2),
  // aggregates
  count: n(1),
  sum: n(1),
  product: n(1),
  max: n(1),
  min: n(1),
  sort: n(1),
  any: n(1),
  all: n(1),
  // strings
  concat: n(2),
  contains: n(2),
  startswith: n(2),
  endswith: n(2),
  lower: n(1),
  upper: n(1),
  split: n(2),
  replace: n(3),
  trim: n(2),
  trim_left: n(2),
  trim_right: n(2),
  trim_space: n(1),
  trim_prefix: n(2),
  trim_suffix: n(2),
  sprintf: n(2),
  format_int: n(2),
  indexof: n(2),
  indexof_n: n(2),
  substring: n(3),
  "strings.replace_n": n(2),
  "strings.reverse": n(1),
  "strings.any_prefix_match": n(2),
  "strings.any_suffix_match": n(2),
  "strings.count": n(2),
  // regular expressions and globs
  "regex.match": n(2),
  "regex.is_valid": n(1),
  "regex.find_n": n(3),
  "regex.split": n(2),
  "regex.replace": n(3),
  "regex.find_all_string_submatch_n": n(3),
  "regex.globs_match": n(2),
  "regex.template_match": n(4),
  "glob.match": n(3),
  "glob.quote_meta": n(1),
  // objects
  "object.get": n(3),
  "object.keys": n(1),
  "object.union": n(2),
  "object.union_n": n(1),
  "object.remove": n(2),
  "object.filter": n(2),
  "object.subset": n(2),
  // encodings
  "json.marshal": n(1),
  "json.marshal_with_options": n(2),
  "json.unmarshal": n(1),
  "json.is_valid": n(1),
  "json.filter": n(2),
  "json.remove": n(2),
  "json.patch": n(2),
  "json.verify_schema": n(1),
  "json.match_schema": n(2),
  "yaml.marshal": h(1),
  "yaml.unmarshal": h(1),
  "yaml.is_valid": h(1),
  "base64.encode": n(1),
  "base64.decode": n(1),
  "base64.is_valid": n(1),
  "base64url.encode": n(1),
  "base64url.decode": n(1),
  "base64url.encode_no_pad": n(1),
  "hex.encode": n(1),
  "hex.decode": n(1),
  "urlquery.encode": n(1),
  "urlquery.decode": n(1),
  "urlquery.encode_object": n(1),
  "urlquery.decode_object": n(1),
  "crypto.sha256": n(1),
  "crypto.sha1": n(1),
  "crypto.md5": n(1),
  "crypto.hmac.md5": n(2),
  "crypto.hmac.sha1": n(2),
  "crypto.hmac.sha256": n(2),
  "crypto.hmac.sha512": n(2),
  "crypto.hmac.equal": n(2),
  // types
  is_number: n(1),
  is_string: n(1),
  is_boolean: n(1),
  is_array: n(1),
  is_set: n(1),
  is_object: n(1),
  is_null: n(1),
  type_name: n(1),
  to_number: n(1),
  // arrays and sets
  "array.concat": n(2),
  "array.slice": n(3),
  "array.reverse": n(1),
  union: n(1),
  intersection: n(1),
  // graphs
  walk: n(1, { relation: true }),
  "graph.reachable": n(2),
  "graph.reachable_paths": n(2),
  // networks, versions, units, ids
  "net.cidr_contains": n(2),
  "net.cidr_intersects": n(2),
  "net.cidr_is_valid": n(1),
  "net.cidr_expand": n(1),
  "net.cidr_merge": n(1),
  "net.cidr_contains_matches": n(2),
  "semver.compare": n(2),
  "semver.is_valid": n(1),
  "units.parse_bytes": n(1),
  "units.parse": n(1),
  "uuid.rfc4122": n(1, { impure: true }),
  "uuid.parse": n(1),
  // time (impure: the clock)
  "time.now_ns": h(0, { impure: true }),
  "time.parse_rfc3339_ns": n(1),
  "time.parse_ns": n(2),
  "time.parse_duration_ns": n(1),
  "time.add_date": n(4),
  "time.date": n(1),
  "time.clock": n(1),
  "time.weekday": n(1),
  "time.diff": n(2),
  "time.format": n(1),
  // debugging: the planner turns print(a, b) into internal.print([{a}, {b}]), as OPA does
  "internal.print": n(1, { impure: true }),
  trace: n(1, { impure: true }),
  "opa.runtime": h(0, { impure: true }),
  // conftest's own (Palisade keeps conftest policies working); the file readers are impure
  parse_config: h(2),
  parse_config_file: h(1, { impure: true }),
  parse_combined_config_files: h(1, { impure: true }),
  // Palisade's own: a file's text through Palisade's loader of a kind (runtime/host/palisade.ts)
  "palisade.load_documents": h(2)
};
var BUILTIN_NAMESPACES = new Set(
  Object.keys(BUILTINS).filter((name) => name.includes(".")).map((name) => name.slice(0, name.lastIndexOf(".")))
);

// src/runtime/host/values.ts
function typeName(v) {
  if (v === null || v === void 0) return "null";
  switch (typeof v) {
    case "boolean":
      return "boolean";
    case "number":
    case "bigint":
      return "number";
    case "string":
      return "string";
    default:
      return Array.isArray(v) ? "array" : "object";
  }
}
function hasBigInt(v) {
  if (typeof v === "bigint") return true;
  if (Array.isArray(v)) return v.some(hasBigInt);
  if (typeof v === "object" && v !== null) return Object.values(v).some(hasBigInt);
  return false;
}
function exactJson(v) {
  if (typeof v === "bigint") return v.toString();
  if (Array.isArray(v)) return `[${v.map(exactJson).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    return `{${Object.entries(v).filter(([, x]) => x !== void 0).map(([k, x]) => `${JSON.stringify(k)}:${exactJson(x)}`).join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}

// src/runtime/host/errors.ts
var BuiltinError = class extends Error {
  builtin;
  constructor(builtin, message) {
    super(message);
    this.name = "BuiltinError";
    this.builtin = builtin;
  }
};
var OperandTypeError = class extends BuiltinError {
  constructor(builtin, message) {
    super(builtin, message);
    this.name = "OperandTypeError";
  }
};
function fail(message) {
  throw new BuiltinError("", message);
}
function operandFail(pos, message) {
  throw new OperandTypeError("", `operand ${pos} ${message}`);
}
function typeFail(pos, got, ...expected) {
  const want = expected.length === 1 ? expected[0] : `one of {${expected.join(", ")}}`;
  return operandFail(pos, `must be ${want} but got ${typeName(got)}`);
}
function str(v, pos) {
  if (typeof v !== "string") typeFail(pos, v, "string");
  return v;
}
function bool(v, pos) {
  if (typeof v !== "boolean") typeFail(pos, v, "boolean");
  return v;
}
function arr(v, pos) {
  if (!Array.isArray(v)) typeFail(pos, v, "array");
  return v;
}
function obj(v, pos) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) typeFail(pos, v, "object");
  return v;
}

// src/runtime/host/yaml.ts
var import_yaml2 = __toESM(require_dist2(), 1);

// src/text/yaml-bounded.ts
var import_yaml = __toESM(require_dist2(), 1);
var DEFAULT_YAML_BUDGET = { maxDepth: 256, maxAliasCount: 100 };
function depthOf(doc, root, limit) {
  const memo = /* @__PURE__ */ new Map();
  let deepAt = 0;
  const visit2 = (n2, level) => {
    if (!n2) return 0;
    let node = n2;
    for (let hops = 0; node && (0, import_yaml.isAlias)(node) && hops < 64; hops++) node = node.resolve(doc);
    if (!node || !((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node))) return 0;
    const known = memo.get(node);
    if (known !== void 0) return known;
    if (level > limit) {
      deepAt = node.range?.[0] ?? 0;
      return limit + 1;
    }
    memo.set(node, limit + 1);
    let deepest = 0;
    for (const item of node.items) {
      const child = (0, import_yaml.isPair)(item) ? item.value : item;
      const key = (0, import_yaml.isPair)(item) ? item.key : null;
      deepest = Math.max(deepest, visit2(child, level + 1), visit2(key, level + 1));
      if (deepest > limit) break;
    }
    const d = Math.min(limit + 1, deepest + 1);
    memo.set(node, d);
    return d;
  };
  const depth = visit2(root, 1);
  return { depth, at: deepAt };
}
var BAIL = /* @__PURE__ */ Symbol("bail");
function plainToJS(node, level, maxDepth, dup) {
  if (node === null || node === void 0) return null;
  const proto = Object.getPrototypeOf(node);
  if (proto === import_yaml.Scalar.prototype) {
    const v = node.value;
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
    if (typeof v === "bigint") return Number(v);
    return BAIL;
  }
  if (level > maxDepth) return BAIL;
  if (proto === import_yaml.YAMLSeq.prototype) {
    const items = node.items;
    const out = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = plainToJS(items[i], level + 1, maxDepth, dup);
      if (v === BAIL) return BAIL;
      out[i] = v;
    }
    return out;
  }
  if (proto === import_yaml.YAMLMap.prototype) {
    const out = {};
    for (const pair of node.items) {
      const key = pair.key;
      let name;
      if (key === null || key === void 0) name = "";
      else if (Object.getPrototypeOf(key) !== import_yaml.Scalar.prototype) return BAIL;
      else {
        const k = key.value;
        if (k === null) name = "";
        else if (typeof k === "string") {
          if (k === "<<") return BAIL;
          name = k;
        } else if (typeof k === "number" || typeof k === "boolean" || typeof k === "bigint") name = String(typeof k === "bigint" ? Number(k) : k);
        else return BAIL;
      }
      const v = plainToJS(pair.value, level + 1, maxDepth, dup);
      if (v === BAIL) return BAIL;
      if (Object.hasOwn(out, name)) dup.found = true;
      if (name === "__proto__") Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
      else out[name] = v;
    }
    return out;
  }
  return BAIL;
}
function boundedToJS(doc, budget = DEFAULT_YAML_BUDGET) {
  const root = doc.contents;
  const dup = { found: false };
  let plain = BAIL;
  try {
    plain = plainToJS(root, 1, budget.maxDepth, dup);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
  }
  if (plain !== BAIL) return { ok: true, data: plain, duplicates: dup.found };
  if (root) {
    const d = depthOf(doc, root, budget.maxDepth);
    if (d.depth > budget.maxDepth) return { ok: false, problem: { kind: "depth", offset: d.at, message: `nesting deeper than ${budget.maxDepth} levels (aliases included)` } };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: budget.maxAliasCount }), duplicates: true };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/alias/i.test(msg)) {
      return { ok: false, problem: { kind: "aliases", offset: root?.range?.[0] ?? 0, message: `document expands more than ${budget.maxAliasCount} aliases (a "billion laughs" pattern)` } };
    }
    if (e instanceof RangeError) return { ok: false, problem: { kind: "depth", offset: root?.range?.[0] ?? 0, message: "YAML is nested too deeply to decode" } };
    return { ok: false, problem: { kind: "syntax", offset: root?.range?.[0] ?? 0, message: `invalid YAML: ${msg.split("\n")[0]}` } };
  }
}
var MAX_PARSE_NESTING = 512;
function tooDeepToParse(text, limit = MAX_PARSE_NESTING) {
  let flow = 0;
  let lineStart = true;
  let markers = 0;
  let valueStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      markers = 0;
      valueStart = true;
      continue;
    }
    if (c === 32 || c === 9) continue;
    const next = text.charCodeAt(i + 1);
    const spaceNext = next === 32 || next === 9 || next === 10 || Number.isNaN(next);
    if (flow === 0 && lineStart && (c === 45 || c === 63) && spaceNext) {
      if (++markers > limit) return i;
      continue;
    }
    lineStart = false;
    if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) {
      const e = text.indexOf("\n", i);
      if (e === -1) break;
      i = e - 1;
      continue;
    }
    if ((c === 34 || c === 39) && (flow > 0 || valueStart)) {
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (c === 34 && d === 92) j++;
        else if (d === c) {
          if (c === 39 && text.charCodeAt(j + 1) === 39) j++;
          else break;
        }
      }
      i = j;
      valueStart = false;
      continue;
    }
    if ((c === 91 || c === 123) && (flow > 0 || valueStart)) {
      if (++flow > limit) return i;
      valueStart = true;
      continue;
    }
    if ((c === 93 || c === 125) && flow > 0) {
      flow--;
      valueStart = false;
      continue;
    }
    valueStart = c === 58 && spaceNext || c === 44 && flow > 0;
  }
  return -1;
}
function yamlLineBreaks(text) {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}
function unparsable(text) {
  const deep = tooDeepToParse(text);
  return deep === -1 ? void 0 : { kind: "depth", offset: deep, message: `YAML nests deeper than ${MAX_PARSE_NESTING} levels, too deep to parse safely` };
}
function parserCrash(e) {
  if (e instanceof RangeError) return { kind: "depth", offset: 0, message: "YAML is nested too deeply to parse" };
  return { kind: "syntax", offset: 0, message: `invalid YAML: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` };
}
function guardedParse(text, parse2) {
  const refused = unparsable(text);
  if (refused) return { ok: false, problem: refused };
  try {
    return { ok: true, value: parse2() };
  } catch (e) {
    return { ok: false, problem: parserCrash(e) };
  }
}

// src/runtime/host/yaml.ts
var MAX_ALIASES = 100;
function parseYamlDocuments(s, limit = Infinity) {
  const parsed = guardedParse(s, () => (0, import_yaml2.parseAllDocuments)(s, { version: "1.1", merge: true, uniqueKeys: true, prettyErrors: false }));
  if (!parsed.ok) return fail(`yaml: ${parsed.problem.message}`);
  const docs = parsed.value;
  if (!Array.isArray(docs)) return [];
  return docs.slice(0, limit).map((doc) => {
    const first = doc.errors[0];
    if (first) fail(`yaml: ${first.message}`);
    const decoded = boundedToJS(doc, { ...DEFAULT_YAML_BUDGET, maxAliasCount: MAX_ALIASES });
    return decoded.ok ? decoded.data ?? null : fail(`yaml: ${decoded.problem.message}`);
  });
}
function parseYaml(s) {
  return parseYamlDocuments(s, 1)[0] ?? null;
}
var yamlBuiltins = {
  "yaml.marshal": (x) => (0, import_yaml2.stringify)(x, { sortMapEntries: true, indentSeq: false, lineWidth: 0 }),
  "yaml.unmarshal": (x) => parseYaml(str(x, 1)),
  "yaml.is_valid": (x) => {
    if (typeof x !== "string") return false;
    try {
      parseYaml(x);
      return true;
    } catch {
      return false;
    }
  }
};

// src/runtime/host/misc.ts
function miscBuiltins(ctx) {
  return {
    "time.now_ns": () => ctx.now(),
    "opa.runtime": () => ({})
  };
}

// src/runtime/host/deprecated.ts
var deprecatedBuiltins = {
  // A set arrives as its sorted array of members, which is what OPA's cast_array returns for it.
  cast_array: (x) => Array.isArray(x) ? x : typeFail(1, x, "array", "set"),
  cast_string: (x) => str(x, 1),
  cast_boolean: (x) => bool(x, 1),
  cast_null: (x) => x === null ? null : typeFail(1, x, "null"),
  cast_object: (x) => obj(x, 1)
};

// src/loaders/dockerfile/parse.ts
init_diag();

// src/loaders/dockerfile/shell.ts
var MAX_DEPTH = 4;
var RESERVED = /* @__PURE__ */ new Set(["!", "{", "}", "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "time"]);
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash", "zsh", "/bin/sh", "/bin/bash", "/bin/ash", "/bin/dash", "/usr/bin/bash"]);
function shellCommands(script, depth = 0) {
  return shellPipeline(script, depth).map((c) => c.words);
}
function shellPipeline(script, depth = 0) {
  const out = [];
  const piped = /* @__PURE__ */ new Set();
  const nested = [];
  let words2 = [];
  let word = "";
  let inWord = false;
  let redirectTarget = false;
  const endWord = () => {
    if (inWord && !redirectTarget) words2.push(word);
    if (inWord) redirectTarget = false;
    word = "";
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    redirectTarget = false;
    while (words2.length > 0 && RESERVED.has(words2[0])) words2.shift();
    if (words2.length > 0) out.push(words2);
    words2 = [];
  };
  const n2 = script.length;
  let i = 0;
  while (i < n2) {
    const ch = script[i];
    if (ch === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end === -1 ? n2 : end;
      word += script.slice(i + 1, stop);
      inWord = true;
      i = stop + 1;
      continue;
    }
    if (ch === '"') {
      inWord = true;
      i++;
      while (i < n2 && script[i] !== '"') {
        const c = script[i];
        if (c === "\\" && i + 1 < n2 && '"\\$`\n'.includes(script[i + 1])) {
          if (script[i + 1] !== "\n") word += script[i + 1];
          i += 2;
          continue;
        }
        if (c === "$" && script[i + 1] === "(" && script[i + 2] !== "(") {
          const end = closingParen(script, i + 1);
          const inner = script.slice(i + 2, end);
          if (depth < MAX_DEPTH) nested.push(...shellCommands(inner, depth + 1));
          word += script.slice(i, end + 1);
          i = end + 1;
          continue;
        }
        word += c;
        i++;
      }
      i++;
      continue;
    }
    if (ch === "\\") {
      if (script[i + 1] === "\n") {
        i += 2;
        continue;
      }
      if (i + 1 < n2) {
        word += script[i + 1];
        inWord = true;
      }
      i += 2;
      continue;
    }
    if (ch === "$" && script[i + 1] === "(") {
      const end = closingParen(script, i + 1);
      if (script[i + 2] !== "(" && depth < MAX_DEPTH) nested.push(...shellCommands(script.slice(i + 2, end), depth + 1));
      word += script.slice(i, end + 1);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (ch === "`") {
      const end = script.indexOf("`", i + 1);
      const stop = end === -1 ? n2 : end;
      if (depth < MAX_DEPTH) nested.push(...shellCommands(script.slice(i + 1, stop), depth + 1));
      word += script.slice(i, stop + 1);
      inWord = true;
      i = stop + 1;
      continue;
    }
    if (ch === "#" && !inWord) {
      const end = script.indexOf("\n", i);
      i = end === -1 ? n2 : end;
      continue;
    }
    if (ch === " " || ch === "	" || ch === "\r") {
      endWord();
      i++;
      continue;
    }
    if (ch === "\n" || ch === ";" || ch === "(" || ch === ")") {
      endCommand();
      i++;
      continue;
    }
    if (ch === "&" || ch === "|") {
      if (ch === "&" && script[i + 1] === ">") {
        endWord();
        i = skipRedirect(script, i + 1);
        redirectTarget = true;
        continue;
      }
      const single = script[i + 1] !== ch;
      const last = words2;
      endCommand();
      if (ch === "|" && single && out[out.length - 1] === last) piped.add(last);
      i += single ? 1 : 2;
      continue;
    }
    if (ch === "<" || ch === ">") {
      if (inWord && /^\d+$/.test(word)) {
        word = "";
        inWord = false;
      }
      endWord();
      i = skipRedirect(script, i);
      redirectTarget = true;
      continue;
    }
    word += ch;
    inWord = true;
    i++;
  }
  endCommand();
  const expanded = [];
  for (const cmd of out) {
    expanded.push({ words: cmd, piped: piped.has(cmd) });
    const script2 = shellScriptOf(cmd);
    if (script2 !== void 0 && depth < MAX_DEPTH) expanded.push(...shellPipeline(script2, depth + 1));
  }
  return [...expanded, ...nested.map((words3) => ({ words: words3, piped: false }))];
}
function skipRedirect(script, i) {
  let j = i + 1;
  while (j < script.length && (script[j] === ">" || script[j] === "<" || script[j] === "&" || script[j] === "|")) j++;
  while (j < script.length && (script[j] === " " || script[j] === "	")) j++;
  return j;
}
function closingParen(s, open) {
  let level = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "'") {
      const e = s.indexOf("'", i + 1);
      if (e === -1) return s.length;
      i = e;
    } else if (c === "\\") i++;
    else if (c === "(") level++;
    else if (c === ")" && --level === 0) return i;
  }
  return s.length;
}
function shellScriptOf(cmd) {
  const argv = commandOf(cmd).argv;
  const k = cmd.length - argv.length;
  if (!SHELLS.has(cmd[k] ?? "")) return void 0;
  for (let j = k + 1; j < cmd.length - 1; j++) {
    const w = cmd[j];
    if (!w.startsWith("-")) return void 0;
    if (/^-[a-z]*c[a-z]*$/.test(w)) return cmd[j + 1];
  }
  return void 0;
}
var WRAPPERS = /* @__PURE__ */ new Set(["sudo", "env", "command", "exec", "nohup", "nice", "time", "gosu", "su-exec"]);
var WRAPPER_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-u", "-g", "-n", "-C", "-h", "-p", "-U", "-r", "-t"]);
function commandOf(words2, piped = false) {
  let k = 0;
  for (; ; ) {
    while (k < words2.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words2[k])) k++;
    const w = words2[k];
    if (w === void 0 || !WRAPPERS.has(w)) break;
    const takesUser = w === "gosu" || w === "su-exec";
    k++;
    while (k < words2.length && words2[k].startsWith("-") && words2[k] !== "--") k += WRAPPER_VALUE_OPTIONS.has(words2[k]) ? 2 : 1;
    if (words2[k] === "--") k++;
    if (takesUser) k++;
  }
  return { words: words2, argv: words2.slice(k), piped };
}
function runCommands(args, json, heredocs) {
  return runWords(args, json, heredocs).map((c) => commandOf(c.words, c.piped));
}
function runWords(args, json, heredocs) {
  if (json) {
    if (args.length === 0) return [];
    const script = shellScriptOf(args);
    return script === void 0 ? [{ words: args, piped: false }] : [{ words: args, piped: false }, ...shellPipeline(script, 1)];
  }
  const cmds = shellPipeline(args.join(" "));
  const shellReads = cmds.length === 0 || cmds.length === 1 && SHELLS.has(cmds[0].words[0]) && cmds[0].words.length <= 2;
  if (shellReads) for (const h2 of heredocs) cmds.push(...shellPipeline(h2.body));
  return cmds;
}

// src/loaders/dockerfile/parse.ts
var KNOWN = /* @__PURE__ */ new Set([
  "add",
  "arg",
  "cmd",
  "copy",
  "entrypoint",
  "env",
  "expose",
  "from",
  "healthcheck",
  "label",
  "maintainer",
  "onbuild",
  "run",
  "shell",
  "stopsignal",
  "user",
  "volume",
  "workdir"
]);
var JSON_FORM = /* @__PURE__ */ new Set(["run", "cmd", "entrypoint", "shell", "copy", "add", "volume", "healthcheck"]);
var HAS_FLAGS = /* @__PURE__ */ new Set(["from", "run", "copy", "add", "healthcheck"]);
var HEREDOC_OK = /* @__PURE__ */ new Set(["run", "copy", "add"]);
var HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\2/g;
function takeFlags(s) {
  const flags = {};
  let rest = s;
  for (; ; ) {
    const m = /^--([A-Za-z][A-Za-z0-9-]*)(?:=("[^"]*"|\S*))?(?:\s+|$)/.exec(rest);
    if (!m) break;
    const name = m[1];
    let value = m[2] ?? "true";
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    flags[name] = flags[name] === void 0 ? value : `${flags[name]} ${value}`;
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}
function parseFrom(rest, platform) {
  const words2 = rest.trim().split(/\s+/);
  const ref = words2[0] ?? "";
  const name = words2.length >= 3 && words2[1].toLowerCase() === "as" ? words2[2] : null;
  let image = ref;
  let digest = null;
  let tag = null;
  const atSign = image.indexOf("@");
  if (atSign !== -1) {
    digest = image.slice(atSign + 1);
    image = image.slice(0, atSign);
  }
  const colon = image.lastIndexOf(":");
  if (colon > image.lastIndexOf("/")) {
    tag = image.slice(colon + 1);
    image = image.slice(0, colon);
  }
  return { from: { image, tag, digest, platform, raw: rest.trim() }, name };
}
function jsonArray(s) {
  const t = s.trim();
  if (!t.startsWith("[")) return void 0;
  try {
    const v = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  } catch {
  }
  return void 0;
}
function parseDockerfile(path, text) {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const diagnostics = [];
  const data = { stages: [], instructions: [], args: {} };
  const spans = [];
  let escape = "\\";
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^\s*#\s*([A-Za-z]+)\s*=\s*(.*?)\s*$/.exec(lines[i]);
    if (!m) break;
    if (m[1].toLowerCase() === "escape") {
      if (m[2] === "\\" || m[2] === "`") escape = m[2];
      else diagnostics.push(at(path, { line: i + 1, col: 1 }, "input_parse_error", `invalid escape directive "${m[2]}"`, "use `# escape=\\` or `# escape=`` (backtick)"));
    }
  }
  const isComment = (l) => /^\s*#/.test(l);
  const continues = (l) => l.trimEnd().endsWith(escape);
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "" || isComment(line)) continue;
    const first = i;
    const parts = [];
    let cur = line;
    for (; ; ) {
      if (continues(cur) && i + 1 < lines.length) {
        parts.push(cur.trimEnd().slice(0, -1).trim());
        i++;
        while (i < lines.length && (isComment(lines[i]) || lines[i].trim() === "")) i++;
        if (i >= lines.length) break;
        cur = lines[i];
        continue;
      }
      parts.push(continues(cur) ? cur.trimEnd().slice(0, -1).trim() : cur.trim());
      break;
    }
    const joined = parts.filter((p) => p !== "").join(" ");
    const m = /^(\S+)\s*(.*)$/s.exec(joined);
    if (!m) continue;
    const cmd = m[1].toLowerCase();
    let rest = m[2];
    if (!KNOWN.has(cmd)) {
      diagnostics.push(at(path, { line: first + 1, col: 1 }, "input_parse_error", `unknown instruction "${m[1]}"`, "check the spelling; Docker rejects unknown instructions"));
    }
    let flags = {};
    if (HAS_FLAGS.has(cmd)) ({ flags, rest } = takeFlags(rest));
    const heredocs = [];
    if (HEREDOC_OK.has(cmd) && rest.includes("<<")) {
      for (const h2 of rest.matchAll(HEREDOC)) {
        const strip = h2[1] === "-";
        const name = h2[3];
        const body = [];
        let closed = false;
        while (i + 1 < lines.length) {
          i++;
          const l = lines[i];
          if ((strip ? l.replace(/^\t+/, "") : l) === name) {
            closed = true;
            break;
          }
          body.push(strip ? l.replace(/^\t+/, "") : l);
        }
        if (!closed) {
          diagnostics.push(at(path, { line: first + 1, col: 1 }, "input_parse_error", `heredoc <<${name} is never closed`, `end the heredoc with a line containing only ${name}`));
        }
        heredocs.push({ name, body: body.length > 0 ? body.join("\n") + "\n" : "" });
      }
    }
    const arr2 = JSON_FORM.has(cmd) ? jsonArray(rest) : void 0;
    const index = data.instructions.length;
    let stage = data.stages.length - 1;
    if (cmd === "from") {
      const { from, name } = parseFrom(rest, flags.platform ?? null);
      stage = data.stages.length;
      data.stages.push({ index: stage, name, from, instructions: [] });
    } else if (stage < 0) {
      stage = null;
      if (cmd === "arg") {
        for (const a of rest.trim().split(/\s+/).filter(Boolean)) {
          const eq = a.indexOf("=");
          const k = eq === -1 ? a : a.slice(0, eq);
          let v = eq === -1 ? null : a.slice(eq + 1);
          if (v !== null && v.length >= 2 && /^(["']).*\1$/.test(v)) v = v.slice(1, -1);
          data.args[k] = v;
        }
      } else if (KNOWN.has(cmd)) {
        diagnostics.push(at(path, { line: first + 1, col: 1 }, "input_parse_error", `${m[1]} before the first FROM`, "only ARG may come before FROM; move this instruction into a build stage"));
      }
    }
    if (stage !== null) data.stages[stage].instructions.push(index);
    const instruction = {
      cmd,
      args: arr2 ?? [rest],
      raw: lines.slice(first, i + 1).join("\n"),
      flags,
      json: arr2 !== void 0,
      stage,
      heredocs
    };
    if (cmd === "run") instruction.commands = runCommands(instruction.args, instruction.json, heredocs);
    data.instructions.push(instruction);
    spans.push({ first: first + 1, last: i + 1 });
  }
  if (data.stages.length === 0) {
    diagnostics.push(at(path, { line: 1, col: 1 }, "input_parse_error", "no FROM instruction: this Dockerfile has no build stage", "start the build with `FROM <image>`"));
  }
  return { data, spans, diagnostics };
}

// src/runtime/host/conftest-formats.ts
init_ast();
init_parser();
function yamlConfig(text) {
  const docs = parseYamlDocuments(text);
  return docs.length > 1 ? docs : docs[0] ?? null;
}
function jsonConfig(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return fail(`json: ${e.message}`);
  }
}
function hcl2Config(text) {
  const { body, errors } = parseHcl(text);
  if (errors[0]) fail(`hcl2: ${errors[0].message}`);
  const src = (x) => text.slice(x.s, x.e);
  const wrap = (x) => `\${${src(x)}}`;
  const expr = (x) => {
    switch (x.t) {
      case "lit":
        return x.v;
      case "tpl": {
        const lit = literalString(x);
        if (lit !== void 0) return lit;
        return x.parts.map((p) => p.t === "str" ? p.v : p.t === "interp" ? wrap(p.x) : "").join("");
      }
      case "tuple":
        return x.items.map(expr);
      case "object": {
        const out = {};
        for (const item of x.items) {
          const k = item.key.t === "var" ? item.key.name : literalString(item.key) ?? wrap(item.key);
          out[k] = expr(item.value);
        }
        return out;
      }
      case "paren":
        return expr(x.x);
      default:
        return wrap(x);
    }
  };
  const convert2 = (b) => {
    const out = {};
    for (const a of b.attrs) out[a.name] = expr(a.expr);
    for (const block of b.blocks) {
      let node = out;
      let key = block.type;
      for (const label of block.labels) {
        const inner = node[key];
        if (inner === void 0) node[key] = {};
        else if (typeof inner !== "object" || inner === null || Array.isArray(inner)) fail(`hcl2: unable to convert block ${block.type}.${block.labels.join(".")} to JSON`);
        node = node[key];
        key = label;
      }
      const current = node[key];
      node[key] = Array.isArray(current) ? [...current, convert2(block.body)] : current === void 0 ? [convert2(block.body)] : [current, convert2(block.body)];
    }
    return out;
  };
  return convert2(body);
}
var words = (s) => s.trim().split(/\s+/).filter(Boolean);
var unquote = (s) => s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.endsWith(s[0]) ? s.slice(1, -1) : s;
function mobyValue(cmd, args, json) {
  if (json) return args;
  const rest = args.join(" ");
  switch (cmd) {
    case "run":
    case "cmd":
    case "entrypoint":
    case "shell":
    case "maintainer":
    case "stopsignal":
    case "user":
    case "workdir":
      return [rest];
    case "env":
    case "label": {
      const ws = rest.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? [];
      if (!ws[0]?.includes("=")) return ws.length ? [ws[0], rest.trim().slice(ws[0].length).trim()] : [];
      return ws.flatMap((w) => {
        const eq = w.indexOf("=");
        return [w.slice(0, eq), unquote(w.slice(eq + 1))];
      });
    }
    default:
      return words(rest);
  }
}
function dockerfileConfig(text) {
  const { data, diagnostics } = parseDockerfile("Dockerfile", text);
  if (diagnostics[0]) fail(`dockerfile: ${diagnostics[0].message}`);
  const commands = data.instructions.map((i) => {
    const sub = i.cmd === "onbuild" ? words(i.args.join(" ")) : [];
    const subCmd = sub[0]?.toLowerCase() ?? "";
    return {
      Cmd: i.cmd,
      SubCmd: subCmd,
      JSON: i.json,
      Flags: Object.entries(i.flags).map(([k, v]) => v === "true" ? `--${k}` : `--${k}=${v}`),
      Value: i.cmd === "onbuild" ? mobyValue(subCmd, [sub.slice(1).join(" ")], false) : mobyValue(i.cmd, i.args, i.json),
      Stage: i.stage ?? 0
    };
  });
  return [commands];
}
function iniConfig(text) {
  const out = {};
  let section;
  for (const [n2, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith(";") || line.startsWith("#")) continue;
    const head = /^\[([^\]]+)\]$/.exec(line);
    if (head) {
      const name = head[1].trim();
      section = name === "DEFAULT" ? void 0 : out[name] ??= {};
      continue;
    }
    const eq = line.search(/[=:]/);
    if (eq <= 0) fail(`ini: line ${n2 + 1}: expected key = value`);
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'" || value[0] === "`") && value.endsWith(value[0])) value = value.slice(1, -1);
    if (section) section[line.slice(0, eq).trim()] = value;
  }
  return out;
}
function tomlConfig(text) {
  let i = 0;
  const err = (msg) => fail(`toml: ${msg} (offset ${i})`);
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "	")) i++;
  };
  const wsnl = () => {
    for (; ; ) {
      ws();
      if (text[i] === "#") while (i < text.length && text[i] !== "\n") i++;
      if (text[i] === "\n" || text[i] === "\r") i++;
      else return;
    }
  };
  const ESC = { b: "\b", t: "	", n: "\n", f: "\f", r: "\r", '"': '"', "\\": "\\" };
  const basic = (multi) => {
    let out = "";
    if (multi && text[i] === "\n") i++;
    for (; ; ) {
      if (i >= text.length) err("unterminated string");
      if (multi ? text.startsWith('"""', i) : text[i] === '"') {
        i += multi ? 3 : 1;
        return out;
      }
      const c = text[i++];
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = text[i++];
      if (ESC[e] !== void 0) out += ESC[e];
      else if (e === "u" || e === "U") {
        const n2 = e === "u" ? 4 : 8;
        out += String.fromCodePoint(parseInt(text.slice(i, i + n2), 16));
        i += n2;
      } else if (multi && /\s/.test(e)) while (/\s/.test(text[i] ?? "")) i++;
      else err(`bad escape \\${e}`);
    }
  };
  const literal2 = (multi) => {
    if (multi && text[i] === "\n") i++;
    const end = text.indexOf(multi ? "'''" : "'", i);
    if (end < 0) err("unterminated string");
    const s = text.slice(i, end);
    i = end + (multi ? 3 : 1);
    return s;
  };
  const key = () => {
    const parts = [];
    for (; ; ) {
      ws();
      if (text[i] === '"') {
        i++;
        parts.push(basic(false));
      } else if (text[i] === "'") {
        i++;
        parts.push(literal2(false));
      } else {
        const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i));
        if (!m) err("expected a key");
        parts.push(m[0]);
        i += m[0].length;
      }
      ws();
      if (text[i] !== ".") return parts;
      i++;
    }
  };
  const value = () => {
    if (text.startsWith('"""', i)) return i += 3, basic(true);
    if (text[i] === '"') return i++, basic(false);
    if (text.startsWith("'''", i)) return i += 3, literal2(true);
    if (text[i] === "'") return i++, literal2(false);
    if (text[i] === "[") {
      i++;
      const items = [];
      for (; ; ) {
        wsnl();
        if (text[i] === "]") return i++, items;
        items.push(value());
        wsnl();
        if (text[i] === ",") i++;
        else if (text[i] !== "]") err("expected , or ] in an array");
      }
    }
    if (text[i] === "{") {
      i++;
      const table = {};
      ws();
      if (text[i] === "}") return i++, table;
      for (; ; ) {
        const k = key();
        if (text[i++] !== "=") err("expected = in an inline table");
        ws();
        set(table, k, value());
        ws();
        if (text[i] === "}") return i++, table;
        if (text[i++] !== ",") err("expected , or } in an inline table");
      }
    }
    const m = /^[^\s,\]}#]+(?: [0-9:.+-Z]+)?/.exec(text.slice(i));
    if (!m) return err("expected a value");
    const word = m[0];
    i += word.length;
    if (word === "true" || word === "false") return word === "true";
    if (/^\d{4}-\d{2}-\d{2}|^\d{2}:\d{2}/.test(word)) return word.replace(" ", "T");
    const num = word.replace(/_/g, "");
    if (/^[+-]?(inf|nan)$/.test(num)) return err("inf and nan have no JSON value");
    if (/^0x[0-9a-fA-F]+$/.test(num)) return parseInt(num.slice(2), 16);
    if (/^0o[0-7]+$/.test(num)) return parseInt(num.slice(2), 8);
    if (/^0b[01]+$/.test(num)) return parseInt(num.slice(2), 2);
    if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(num)) return Number(num);
    return err(`unexpected ${word}`);
  };
  const set = (table, path, v) => {
    let node = table;
    for (const p of path.slice(0, -1)) {
      const next = node[p];
      if (next === void 0) node[p] = {};
      else if (typeof next !== "object" || next === null || Array.isArray(next)) err(`key ${path.join(".")} redefines a value`);
      node = node[p];
    }
    const last = path[path.length - 1];
    if (node[last] !== void 0) err(`key ${path.join(".")} defined twice`);
    node[last] = v;
  };
  const root = {};
  let current = root;
  for (; ; ) {
    wsnl();
    if (i >= text.length) return root;
    if (text.startsWith("[[", i)) {
      i += 2;
      const path = key();
      if (!text.startsWith("]]", i)) err("expected ]]");
      i += 2;
      let node = root;
      for (const p of path.slice(0, -1)) {
        const next = node[p];
        node = Array.isArray(next) ? next[next.length - 1] : node[p] ??= {};
      }
      const last = path[path.length - 1];
      const list = node[last] ??= [];
      if (!Array.isArray(list)) err(`${path.join(".")} is not an array of tables`);
      current = {};
      list.push(current);
    } else if (text[i] === "[") {
      i++;
      const path = key();
      if (text[i++] !== "]") err("expected ]");
      let node = root;
      for (const p of path) {
        const next = node[p];
        node = Array.isArray(next) ? next[next.length - 1] : node[p] ??= {};
      }
      current = node;
    } else {
      const k = key();
      if (text[i++] !== "=") err("expected =");
      ws();
      set(current, k, value());
    }
    ws();
    if (text[i] === "#") while (i < text.length && text[i] !== "\n") i++;
    if (i < text.length && text[i] !== "\n" && text[i] !== "\r") err("expected the end of the line");
  }
}
var CONFTEST_PARSERS = {
  yaml: yamlConfig,
  yml: yamlConfig,
  json: jsonConfig,
  hcl2: hcl2Config,
  tf: hcl2Config,
  dockerfile: dockerfileConfig,
  ini: iniConfig,
  toml: tomlConfig
};
function parserForPath(path) {
  const base = path.split("/").pop().toLowerCase();
  if (base === "dockerfile" || base.includes("dockerfile.")) return "dockerfile";
  const dot = base.lastIndexOf(".");
  const ext = dot < 0 ? "yml" : base.slice(dot + 1);
  if (ext === "tf" || ext === "tfvars") return "hcl2";
  return ext === "yml" ? "yaml" : ext;
}

// src/runtime/host/conftest.ts
function parse(parser, text) {
  const fn = Object.prototype.hasOwnProperty.call(CONFTEST_PARSERS, parser) ? CONFTEST_PARSERS[parser] : void 0;
  if (!fn) fail(`unknown parser: ${parser} (Palisade reads ${Object.keys(CONFTEST_PARSERS).join(", ")})`);
  return fn(text);
}
function readConfig(ctx, name, path) {
  if (!ctx.files) return fail(`${name} reads files, which only \`palisade test\` provides`);
  const { path: full, text } = ctx.files.read(path);
  return { path: full, value: parse(parserForPath(full), text) };
}
function conftestBuiltins(ctx) {
  return {
    parse_config: (parser, text) => parse(str(parser, 1), str(text, 2)),
    parse_config_file: (path) => readConfig(ctx, "parse_config_file", str(path, 1)).value,
    // conftest's CombineConfigurations: [{path, contents}] sorted by path, one entry per document.
    parse_combined_config_files: (paths) => {
      const entries = arr(paths, 1).flatMap((p) => {
        const { path, value } = readConfig(ctx, "parse_combined_config_files", str(p, 1));
        return (Array.isArray(value) ? value : [value]).map((contents) => ({ path, contents }));
      });
      return entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    }
  };
}

// src/loaders/dockerfile/load.ts
init_input();
init_ignores();
init_line_index();
init_options();
function matchedPrefix(data, route) {
  let cur = data;
  let n2 = 0;
  for (const seg of route) {
    if (Array.isArray(cur) && typeof seg === "number" && seg >= 0 && seg < cur.length) cur = cur[seg];
    else if (cur !== null && typeof cur === "object" && !Array.isArray(cur) && Object.hasOwn(cur, String(seg))) cur = cur[String(seg)];
    else break;
    n2++;
  }
  return n2;
}
function spanOf(p, route, matched) {
  const [a, b, c, d] = route;
  const { data, spans } = p;
  if (a === "instructions" && matched >= 2) return spans[b];
  if (a === "stages" && matched >= 2) {
    const st = data.stages[b];
    const fromSpan = spans[st.instructions[0]];
    if (!fromSpan) return void 0;
    if (c === "instructions" && matched >= 4) return spans[st.instructions[d]];
    if (matched >= 3 && c !== "instructions") return fromSpan;
    const lastSpan = spans[st.instructions[st.instructions.length - 1]] ?? fromSpan;
    return { first: fromSpan.first, last: lastSpan.last };
  }
  if (a === "args" && matched >= 2) {
    const name = String(b);
    let found;
    data.instructions.forEach((ins, i) => {
      if (ins.stage === null && ins.cmd === "arg" && ins.args.some((x) => x.split(/\s+/).some((w) => w === name || w.startsWith(`${name}=`)))) found = i;
    });
    return found === void 0 ? void 0 : spans[found];
  }
  return void 0;
}
function loadDockerfile(file, opts) {
  const lim2 = limits(opts);
  const dec = decodeInput(file, lim2.maxBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  const text = dec.text;
  const parsed = parseDockerfile(file.path, text);
  const lines = new LineIndex(text);
  const lastLineOf = /* @__PURE__ */ new Map();
  for (const s of parsed.spans) lastLineOf.set(s.first, s.last);
  const ig = scanIgnores(file.path, text, lines, { openers: ["#"], extent: (l) => lastLineOf.get(l) ?? l });
  const locate = (route) => {
    const matched = matchedPrefix(parsed.data, route);
    let span = spanOf(parsed, route, matched);
    let resolvedLen = matched;
    if (!span) {
      span = { first: 1, last: Math.max(1, lines.lineCount - (text.endsWith("\n") ? 1 : 0)) };
      resolvedLen = 0;
    }
    const region = lines.linesRegion(span.first, span.last);
    const firstLine = text.slice(lines.lineStart(span.first), lines.lineEnd(span.first));
    region.startColumn = firstLine.length - firstLine.trimStart().length + 1;
    const loc = { file: file.path, region };
    if (resolvedLen < route.length) loc.approximate = { resolved: route.slice(0, resolvedLen) };
    return loc;
  };
  const doc = {
    kind: "dockerfile",
    path: file.path,
    index: 0,
    data: parsed.data,
    resource: `dockerfile ${file.path}`,
    ignores: ig.ignores,
    locate,
    resourceAt(route) {
      const [a, b] = route;
      if (a === "instructions" && typeof b === "number") {
        const ins = parsed.data.instructions[b];
        if (!ins) return void 0;
        const st = ins.stage === null ? void 0 : parsed.data.stages[ins.stage];
        return st ? `stage ${st.name ?? st.index}: ${ins.cmd.toUpperCase()}` : `${ins.cmd.toUpperCase()} (global)`;
      }
      if (a === "stages" && typeof b === "number") {
        const st = parsed.data.stages[b];
        return st ? `stage ${st.name ?? st.index}` : void 0;
      }
      return void 0;
    }
  };
  return { documents: [doc], diagnostics: [...parsed.diagnostics, ...ig.diagnostics] };
}

// src/loaders/github/load.ts
init_diag();
import { basename as basename2 } from "node:path/posix";

// src/loaders/yaml/load.ts
init_input();
init_options();

// src/loaders/yaml/stream.ts
var import_yaml4 = __toESM(require_dist2(), 1);
init_diag();
init_ignores();
init_line_index();

// src/text/yaml-fast.ts
var BAIL2 = /* @__PURE__ */ Symbol("not in the fast subset");
var NL = 10;
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var INDICATOR = new Set("[]{},#&*!|>'\"%@`".split("").map((c) => c.charCodeAt(0)));
var FLOW_END = new Set(",[]{}".split("").map((c) => c.charCodeAt(0)));
function unusual(c) {
  return c < SPACE || c === 127 || c === 133 || c === 65279 || c === 8232 || c === 8233;
}
function coreScalar(s) {
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102 || c >= 65 && c <= 90 && c !== 78 && c !== 84 && c !== 70) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return c === 116 || c === 84;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : c === DASH ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}
var keyName = (v) => v === null ? "" : String(v);
function setKey(out, name, v) {
  if (Object.hasOwn(out, name)) throw BAIL2;
  if (name === "__proto__") Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
  else out[name] = v;
}
var FastYaml = class {
  constructor(text, maxDepth) {
    this.text = text;
    this.maxDepth = Math.min(maxDepth, 200);
    if (text.charCodeAt(0) === 65279 || text.includes("\r")) this.done = true;
  }
  text;
  p = 0;
  /** Start of the line `p` is on. */
  ls = 0;
  /** After nextLine(): indent of the next content line, -1 at the end of the document. */
  ind = -1;
  /** After nextLine(): whether it skipped a comment line, and where the lines it skipped start. */
  comment = false;
  skipped = 0;
  loc = false;
  index = 0;
  /** A `---` opened a document that has no content yet. */
  open = false;
  /** Comments before the first `---` (the document's commentBefore in `yaml`), if any. */
  prelude;
  done = false;
  maxDepth;
  /** Whether the whole stream left the subset before it started (BOM, CRLF). */
  get refused() {
    return this.done && this.p === 0 && this.index === 0;
  }
  /** The next document, undefined at the end, or BAIL. */
  next() {
    if (this.done) return this.p === 0 && this.index === 0 && this.text.length > 0 ? BAIL2 : void 0;
    try {
      return this.document();
    } catch (e) {
      if (e !== BAIL2) throw e;
      this.done = true;
      return BAIL2;
    }
  }
  /** The location tree of the document whose content starts at `start` (an offset next() returned). */
  locate(start2) {
    const saved = { p: this.p, ls: this.ls, ind: this.ind, comment: this.comment };
    this.loc = true;
    try {
      this.p = start2;
      this.ls = start2;
      return this.top().loc;
    } finally {
      this.loc = false;
      Object.assign(this, saved);
    }
  }
  document() {
    const t = this.text;
    for (; ; ) {
      const comments = [];
      let lineStart = this.p;
      while (lineStart < t.length) {
        let q = lineStart;
        while (t.charCodeAt(q) === SPACE) q++;
        const c = t.charCodeAt(q);
        if (c === NL) {
          if (comments.length) {
            if (comments[comments.length - 1] === "") throw BAIL2;
            comments.push("");
          }
          lineStart = q + 1;
          continue;
        }
        if (c === HASH) {
          if (q !== lineStart) throw BAIL2;
          const eol = lineEnd(t, q);
          comments.push(t.slice(q + 1, eol) || " ");
          lineStart = eol + 1;
          continue;
        }
        break;
      }
      this.p = lineStart;
      this.ls = lineStart;
      if (lineStart >= t.length) {
        this.done = true;
        if (this.open) {
          this.open = false;
          return { index: this.index++ };
        }
        return void 0;
      }
      if (t.startsWith("---", lineStart) && endsLine(t, lineStart + 3)) {
        if (!this.open && this.index === 0 && comments.length) {
          if (this.prelude !== void 0) throw BAIL2;
          this.prelude = withoutLastEmpty(comments).join("\n");
        } else if (comments.length && !this.open) throw BAIL2;
        const wasOpen = this.open;
        this.open = true;
        this.p = lineEnd(t, lineStart) + 1;
        this.ls = this.p;
        if (t.charCodeAt(skipSpaces(t, lineStart + 3)) === HASH) throw BAIL2;
        if (wasOpen) {
          if (comments.length) throw BAIL2;
          return { index: this.index++ };
        }
        continue;
      }
      if (t.startsWith("...", lineStart) || t.startsWith("---", lineStart) || t.charCodeAt(lineStart) === 37 || lineStart !== this.p) throw BAIL2;
      if (t.charCodeAt(lineStart) === SPACE) throw BAIL2;
      let commentBefore;
      if (this.open) {
        commentBefore = comments.length ? comments.join("\n") : this.prelude;
      } else if (comments.length) {
        if (this.index > 0) throw BAIL2;
        if (comments[comments.length - 1] === "") commentBefore = withoutLastEmpty(comments).join("\n");
      }
      this.prelude = void 0;
      this.open = false;
      const start2 = lineStart;
      const r = this.top();
      return { index: this.index++, content: { data: r.value, start: start2, end: r.end, commentBefore } };
    }
  }
  /** The document's root collection at `this.p` (column 0), through to the document's end. */
  top() {
    const t = this.text;
    const c = t.charCodeAt(this.p);
    const r = c === DASH && endsToken(t, this.p + 1) ? this.seq(0, 1) : this.map(0, 1);
    if (this.ind !== -1) throw BAIL2;
    return { value: r.value, end: r.e, loc: r.loc };
  }
  /**
   * From the start of a line, skips blank and comment lines; `p` is then at the first character
   * of the next content line and `ind` its indent, or -1 when the document ends there (end of
   * text or a document marker).
   */
  nextLine(from) {
    const t = this.text;
    let lineStart = from;
    this.comment = false;
    this.skipped = from;
    while (lineStart < t.length) {
      let q = lineStart;
      while (t.charCodeAt(q) === SPACE) q++;
      const c = t.charCodeAt(q);
      if (c === NL) {
        lineStart = q + 1;
        continue;
      }
      if (c === HASH) {
        this.comment = true;
        lineStart = lineEnd(t, q) + 1;
        continue;
      }
      if (q >= t.length) break;
      if (q === lineStart && (t.startsWith("---", q) || t.startsWith("...", q)) && endsLine(t, q + 3)) break;
      this.p = q;
      this.ls = lineStart;
      this.ind = q - lineStart;
      return;
    }
    this.p = Math.min(lineStart, t.length);
    this.ls = this.p;
    this.ind = -1;
  }
  /** A block mapping whose first key is at `this.p`, in column `col`. */
  map(col, depth) {
    if (depth > this.maxDepth) throw BAIL2;
    const t = this.text;
    const out = {};
    const node = this.loc ? { t: 1, s: this.p, e: 0, keys: [], keyStart: [], keyEnd: [], values: [] } : void 0;
    let end = this.p;
    for (; ; ) {
      const ks = this.p;
      let name;
      let ke;
      const c = t.charCodeAt(ks);
      if (c === 34 || c === 39) {
        const q = this.quoted(ks);
        name = q.value;
        ke = q.end;
        if (t.charCodeAt(ke) !== COLON) throw BAIL2;
      } else {
        if (!plainStart(t, ks)) throw BAIL2;
        let q = ks;
        for (; ; ) {
          const d = t.charCodeAt(q);
          if (d === COLON && endsToken(t, q + 1)) break;
          if (q >= t.length || d === NL || unusual(d) || d === HASH && t.charCodeAt(q - 1) === SPACE) throw BAIL2;
          q++;
        }
        ke = q;
        while (t.charCodeAt(ke - 1) === SPACE) ke--;
        if (ke - ks > 1e3) throw BAIL2;
        const raw = t.slice(ks, ke);
        if (raw === "<<") throw BAIL2;
        name = keyName(coreScalar(raw));
      }
      const v = this.value((this.p = skipSpaces(t, ke)) + 1, col, true, depth);
      setKey(out, name, v.value);
      if (node) {
        node.keys.push(name);
        node.keyStart.push(ks);
        node.keyEnd.push(ke);
        node.values.push(v.loc);
      }
      end = v.r2;
      if (this.ind === col && !(t.charCodeAt(this.p) === DASH && endsToken(t, this.p + 1))) continue;
      if (this.ind > col) throw BAIL2;
      break;
    }
    if (node) node.e = end;
    return { value: out, e: end, r2: this.trailing(col, end), loc: node };
  }
  /** A block sequence whose first `-` is at `this.p`, in column `col`. */
  seq(col, depth) {
    if (depth > this.maxDepth) throw BAIL2;
    const t = this.text;
    const out = [];
    const node = this.loc ? { t: 2, s: this.p, e: 0, items: [] } : void 0;
    let end = this.p;
    for (; ; ) {
      const v = this.value(this.p + 1, col, false, depth);
      out.push(v.value);
      node?.items.push(v.loc);
      end = v.r2;
      if (this.ind === col && t.charCodeAt(this.p) === DASH && endsToken(t, this.p + 1)) continue;
      if (this.ind > col) throw BAIL2;
      break;
    }
    if (node) node.e = end;
    return { value: out, e: end, r2: this.trailing(col, end), loc: node };
  }
  /**
   * The value that starts at `from` (just after a key's colon, or a `-`), on the line of a key or
   * `-` in column `col`. Leaves nextLine()'s state for the line after it. `r2` is `yaml`'s
   * range[2] of the value: where the enclosing collection's range ends if it is the last.
   */
  value(from, col, inMap, depth) {
    const t = this.text;
    const p = skipSpaces(t, from);
    if (p === from && p < t.length && t.charCodeAt(p) !== NL) throw BAIL2;
    const c = t.charCodeAt(p);
    if (p >= t.length || c === NL || c === HASH) {
      const eol = lineEnd(t, p);
      this.nextLine(eol + 1);
      const n2 = this.ind;
      const dash = n2 !== -1 && t.charCodeAt(this.p) === DASH && endsToken(t, this.p + 1);
      if (n2 > col || inMap && n2 === col && dash) {
        if (dash) return this.block(this.seq(n2, depth + 1));
        return this.block(this.map(n2, depth + 1));
      }
      if (c === HASH || this.comment) throw BAIL2;
      return { value: null, r2: p, loc: this.loc ? { t: 0, s: p, e: p, literal: false } : void 0 };
    }
    if (c === 124) return this.literal(p, col);
    if (c === 91 || c === 123) {
      const f = this.flow(p, depth + 1);
      return { value: f.value, r2: this.endOfValue(f.e), loc: f.loc };
    }
    if (c === 34 || c === 39) {
      const q2 = this.quoted(p);
      const r2 = this.endOfValue(q2.end);
      return { value: q2.value, r2, loc: this.loc ? { t: 0, s: p, e: q2.end, literal: false } : void 0 };
    }
    if (!plainStart(t, p)) throw BAIL2;
    const q = plainLine(t, p);
    if (q < 0) {
      if (inMap) throw BAIL2;
      this.p = p;
      return this.block(this.map(p - this.ls, depth + 1));
    }
    let e = trimEnd(t, q);
    let text = t.slice(p, e);
    if (t.charCodeAt(q) === NL) {
      const more = this.continuation(q + 1, col);
      if (more) {
        text += more.text;
        e = more.e;
      }
    }
    return { value: coreScalar(text), r2: this.endOfValue(e), loc: this.loc ? { t: 0, s: p, e, literal: false } : void 0 };
  }
  /**
   * The lines after a plain scalar's first that continue it (more indented than `col`), folded
   * as YAML folds them: a space between lines, a line break for each empty line between. Long
   * descriptions in CRDs are written this way.
   */
  continuation(from, col) {
    const t = this.text;
    let text = "";
    let e = -1;
    let blanks = 0;
    let lineStart = from;
    while (lineStart < t.length) {
      const q = skipSpaces(t, lineStart);
      const c = t.charCodeAt(q);
      if (c === NL) {
        blanks++;
        lineStart = q + 1;
        continue;
      }
      if (q >= t.length || q - lineStart <= col || c === HASH) break;
      if (INDICATOR.has(c) || (c === DASH || c === 63 || c === COLON) && endsToken(t, q + 1)) throw BAIL2;
      const end = plainLine(t, q);
      if (end < 0) throw BAIL2;
      e = trimEnd(t, end);
      text += (blanks ? "\n".repeat(blanks) : " ") + t.slice(q, e);
      blanks = 0;
      if (t.charCodeAt(end) !== NL) break;
      lineStart = end + 1;
    }
    return e < 0 ? void 0 : { text, e };
  }
  block(r) {
    return { value: r.value, r2: r.r2, loc: r.loc };
  }
  /**
   * range[2] of a block collection in column `col` whose range[1] is `end`, from the comment lines
   * nextLine() skipped after it: `yaml` counts comment lines in the collection's own column into
   * it, and those more indented into its last value's range (BAIL: rare, and not mirrored here).
   */
  trailing(col, end) {
    if (!this.comment) return end;
    const t = this.text;
    let r2 = end;
    let other = false;
    for (let lineStart = this.skipped; lineStart < this.ls; ) {
      const q = skipSpaces(t, lineStart);
      const eol = lineEnd(t, q);
      if (t.charCodeAt(q) === HASH) {
        const n2 = q - lineStart;
        if (n2 > col) throw BAIL2;
        if (n2 === col) {
          if (other) throw BAIL2;
          r2 = Math.min(eol + 1, t.length);
        } else other = true;
      } else if (q < t.length) other = true;
      lineStart = eol + 1;
    }
    return r2;
  }
  /** After a value ending at `e`: only spaces and a comment may follow on its line. Moves to the next content line; returns the value's range[2]. */
  endOfValue(e) {
    const t = this.text;
    const q = skipSpaces(t, e);
    const c = t.charCodeAt(q);
    if (q < t.length && c !== NL) {
      if (c !== HASH || q === e) throw BAIL2;
    }
    const eol = lineEnd(t, q);
    const r2 = Math.min(eol + 1, t.length);
    this.nextLine(r2);
    return r2;
  }
  /** A literal block scalar `|` or `|-` at `p`, under a key or `-` in column `col`. */
  literal(p, col) {
    const t = this.text;
    let h2 = p + 1;
    const strip = t.charCodeAt(h2) === DASH;
    if (strip) h2++;
    if (t.charCodeAt(h2) !== NL) throw BAIL2;
    let lineStart = h2 + 1;
    let indent = -1;
    const lines = [];
    let contentEnd = lineStart;
    let blanks = 0;
    while (lineStart < t.length) {
      let q = lineStart;
      while (t.charCodeAt(q) === SPACE) q++;
      const c = t.charCodeAt(q);
      if (c === NL || q >= t.length) {
        if (indent === -1 ? false : q - lineStart > indent) throw BAIL2;
        if (indent === -1 && q - lineStart > col + 1) throw BAIL2;
        blanks++;
        lineStart = q + 1;
        continue;
      }
      const n2 = q - lineStart;
      if (indent === -1) {
        if (n2 <= col) break;
        indent = n2;
      } else if (n2 < indent) break;
      for (; blanks > 0; blanks--) lines.push("");
      const eol = lineEnd(t, q);
      for (let i = q; i < eol; i++) {
        const d = t.charCodeAt(i);
        if (d !== 9 && unusual(d)) throw BAIL2;
      }
      lines.push(t.slice(lineStart + indent, eol));
      lineStart = eol + 1;
      contentEnd = Math.min(lineStart, t.length);
    }
    if (indent === -1) throw BAIL2;
    const text = lines.join("\n");
    this.nextLine(contentEnd);
    if (this.ind > col) throw BAIL2;
    const value = strip ? text : text + "\n";
    return { value, r2: contentEnd, loc: this.loc ? { t: 0, s: p, e: contentEnd, literal: true } : void 0 };
  }
  /** A quoted scalar at `p` that ends on its line; its value and the offset after the closing quote. */
  quoted(p) {
    const t = this.text;
    const quote = t.charCodeAt(p);
    let q = p + 1;
    let escapes = false;
    for (; ; ) {
      const c = t.charCodeAt(q);
      if (q >= t.length || c === NL || unusual(c)) throw BAIL2;
      if (c === quote) {
        if (quote === 39 && t.charCodeAt(q + 1) === 39) {
          escapes = true;
          q += 2;
          continue;
        }
        break;
      }
      if (c === 92 && quote === 34) {
        escapes = true;
        q += 2;
        continue;
      }
      q++;
    }
    const raw = t.slice(p + 1, q);
    if (!escapes) return { value: raw, end: q + 1 };
    if (quote === 39) return { value: raw.replaceAll("''", "'"), end: q + 1 };
    return { value: unescapeDouble(raw), end: q + 1 };
  }
  /** A flow collection at `p` that closes on its line. */
  flow(p, depth) {
    if (depth > this.maxDepth) throw BAIL2;
    const t = this.text;
    const isMap4 = t.charCodeAt(p) === 123;
    const close2 = isMap4 ? 125 : 93;
    let q = skipSpaces(t, p + 1);
    const seq2 = [];
    const map = {};
    const node = this.loc ? isMap4 ? { t: 1, s: p, e: 0, keys: [], keyStart: [], keyEnd: [], values: [] } : { t: 2, s: p, e: 0, items: [] } : void 0;
    if (t.charCodeAt(q) === close2) {
      if (node) node.e = q + 1;
      return { value: isMap4 ? map : seq2, e: q + 1, loc: node };
    }
    for (; ; ) {
      if (isMap4) {
        const k = this.flowItem(q, depth, true);
        if (t.charCodeAt(k.end) !== COLON || t.charCodeAt(k.end + 1) !== SPACE || k.loc?.t || typeof k.value === "object" && k.value !== null) throw BAIL2;
        const v = this.flowItem(skipSpaces(t, k.end + 1), depth, false);
        const name = keyName(k.value);
        setKey(map, name, v.value);
        if (node?.t === 1) {
          node.keys.push(name);
          node.keyStart.push(k.start);
          node.keyEnd.push(k.textEnd);
          node.values.push(v.loc);
        }
        q = skipSpaces(t, v.end);
      } else {
        const v = this.flowItem(q, depth, false);
        seq2.push(v.value);
        if (node?.t === 2) node.items.push(v.loc);
        q = skipSpaces(t, v.end);
      }
      const c = t.charCodeAt(q);
      if (c === close2) break;
      if (c !== 44) throw BAIL2;
      q = skipSpaces(t, q + 1);
      if (t.charCodeAt(q) === close2) throw BAIL2;
    }
    if (node) node.e = q + 1;
    return { value: isMap4 ? map : seq2, e: q + 1, loc: node };
  }
  /** One item of a flow collection at `p`: `end` is where what follows it starts (spaces skipped for plain scalars' trailing spaces). */
  flowItem(p, depth, key) {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === 91 || c === 123) {
      if (key) throw BAIL2;
      const f = this.flow(p, depth + 1);
      return { value: f.value, start: p, textEnd: f.e, end: f.e, loc: f.loc };
    }
    if (c === 34 || c === 39) {
      const q2 = this.quoted(p);
      return { value: q2.value, start: p, textEnd: q2.end, end: q2.end, loc: this.loc ? { t: 0, s: p, e: q2.end, literal: false } : void 0 };
    }
    if (!plainStart(t, p) || FLOW_END.has(c)) throw BAIL2;
    let q = p;
    for (; ; ) {
      const d = t.charCodeAt(q);
      if (q >= t.length || d === NL || unusual(d)) throw BAIL2;
      if (FLOW_END.has(d)) break;
      if (d === HASH && t.charCodeAt(q - 1) === SPACE) throw BAIL2;
      if (d === COLON) {
        const n2 = t.charCodeAt(q + 1);
        if (n2 === SPACE || FLOW_END.has(n2) || n2 === NL) {
          if (!key) throw BAIL2;
          break;
        }
      }
      q++;
    }
    let e = q;
    while (t.charCodeAt(e - 1) === SPACE) e--;
    if (e === p) throw BAIL2;
    return { value: coreScalar(t.slice(p, e)), start: p, textEnd: e, end: e, loc: this.loc ? { t: 0, s: p, e, literal: false } : void 0 };
  }
};
function plainLine(t, p) {
  let q = p;
  for (; ; ) {
    const d = t.charCodeAt(q);
    if (q >= t.length || d === NL || d === HASH && t.charCodeAt(q - 1) === SPACE) return q;
    if (unusual(d)) throw BAIL2;
    if (d === COLON && endsToken(t, q + 1)) return -1;
    q++;
  }
}
function trimEnd(t, q) {
  while (t.charCodeAt(q - 1) === SPACE) q--;
  return q;
}
var withoutLastEmpty = (lines) => lines[lines.length - 1] === "" ? lines.slice(0, -1) : lines;
function skipSpaces(t, p) {
  while (t.charCodeAt(p) === SPACE) p++;
  return p;
}
function lineEnd(t, p) {
  const e = t.indexOf("\n", p);
  return e === -1 ? t.length : e;
}
function endsToken(t, p) {
  const c = t.charCodeAt(p);
  return p >= t.length || c === SPACE || c === NL;
}
function endsLine(t, p) {
  const q = skipSpaces(t, p);
  return q >= t.length || t.charCodeAt(q) === NL;
}
function plainStart(t, p) {
  const c = t.charCodeAt(p);
  if (p >= t.length || unusual(c) || c === SPACE || INDICATOR.has(c)) return false;
  if (c === DASH || c === 63 || c === COLON) return !endsToken(t, p + 1) && !FLOW_END.has(t.charCodeAt(p + 1));
  return true;
}
var SIMPLE_ESCAPES = { "\\": "\\", '"': '"', "/": "/", n: "\n", t: "	", r: "\r", b: "\b", f: "\f", "0": "\0" };
function unescapeDouble(raw) {
  let out = "";
  let from = 0;
  for (let i = raw.indexOf("\\"); i !== -1; i = raw.indexOf("\\", from)) {
    out += raw.slice(from, i);
    const e = raw[i + 1];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== void 0) {
      out += simple;
      from = i + 2;
      continue;
    }
    if (e === "u") {
      const hex = raw.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw BAIL2;
      const code = parseInt(hex, 16);
      if (code >= 55296 && code <= 57343) throw BAIL2;
      out += String.fromCharCode(code);
      from = i + 6;
      continue;
    }
    throw BAIL2;
  }
  return out + raw.slice(from);
}

// src/loaders/yaml/stream.ts
init_location();
function keyText(n2) {
  if ((0, import_yaml4.isScalar)(n2)) return n2.value === null ? "" : typeof n2.value === "symbol" ? "<<" : String(n2.value);
  return void 0;
}
function member2(doc, map, key, seen = /* @__PURE__ */ new Set()) {
  if (!(0, import_yaml4.isMap)(map) || seen.has(map)) return void 0;
  seen.add(map);
  let found;
  const merges = [];
  for (const p of map.items) {
    if (!(0, import_yaml4.isPair)(p)) continue;
    const k = keyText(p.key);
    if (k === key) found = { key: p.key, node: p.value ?? null };
    else if (k === "<<" && p.value) merges.push(p.value);
  }
  if (found) return found;
  for (const m of merges) {
    const targets = (0, import_yaml4.isSeq)(m) ? m.items : [m];
    for (const t of targets) {
      const r = member2(doc, resolve(doc, t), key, seen);
      if (r) return r;
    }
  }
  return void 0;
}
function resolve(doc, n2) {
  let cur = n2;
  for (let i = 0; i < 64 && (0, import_yaml4.isAlias)(cur); i++) {
    const r = cur.resolve(doc);
    if (!r) break;
    cur = r;
  }
  return cur;
}
function blockLine(text, from, to, n2) {
  let p = text.indexOf("\n", from) + 1;
  for (let i = 0; i < n2 && p > 0; i++) p = text.indexOf("\n", p) + 1;
  if (p <= 0 || p >= to) return void 0;
  const eol = text.indexOf("\n", p);
  const lineEnd2 = eol < 0 ? text.length : eol;
  let start2 = p;
  while (start2 < lineEnd2 && (text[start2] === " " || text[start2] === "	")) start2++;
  return [start2, Math.max(start2, lineEnd2)];
}
function locateIn(stream, entry, route) {
  const { doc } = entry;
  if (!doc) return locateFast(stream, entry, route);
  let node = doc.contents ?? null;
  let start2 = entry.start;
  let end = entry.end;
  let matched = 0;
  for (const seg of route) {
    if (!node) break;
    if ((0, import_yaml4.isScalar)(node) && node.type === "BLOCK_LITERAL" && typeof seg === "number" && node.range) {
      const line = blockLine(stream.text, node.range[0], node.range[1], seg);
      if (!line) break;
      [start2, end] = line;
      matched++;
      break;
    }
    const container = resolve(doc, node);
    let next;
    if ((0, import_yaml4.isMap)(container)) next = member2(doc, container, String(seg));
    else if ((0, import_yaml4.isSeq)(container)) {
      const i = typeof seg === "number" ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      const item = container.items[i];
      if (item !== void 0) next = { node: item };
    }
    if (!next) break;
    const kr = next.key?.range;
    const vr = next.node?.range;
    if (!kr && !vr) break;
    start2 = kr ? kr[0] : vr[0];
    end = vr ? Math.max(vr[1], start2) : kr[1];
    node = next.node;
    matched++;
  }
  return toLocation(stream.path, stream.lines, start2, end, route, matched);
}
function locateFast(stream, entry, route) {
  const fast = entry.fast;
  let node = fast.tree ??= fast.yaml.locate(entry.start);
  let start2 = entry.start;
  let end = entry.end;
  let matched = 0;
  for (const seg of route) {
    if (!node) break;
    if (node.t === 0) {
      if (node.literal && typeof seg === "number") {
        const line = blockLine(stream.text, node.s, node.e, seg);
        if (line) {
          [start2, end] = line;
          matched++;
        }
      }
      break;
    }
    let next;
    if (node.t === 1) {
      const i = node.keys.lastIndexOf(String(seg));
      if (i === -1) break;
      next = node.values[i];
      start2 = node.keyStart[i];
    } else {
      const i = typeof seg === "number" ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      next = node.items[i];
      if (!next) break;
      start2 = next.s;
    }
    end = Math.max(next.e, start2);
    node = next;
    matched++;
  }
  return toLocation(stream.path, stream.lines, start2, end, route, matched);
}
function checkDuplicates(doc, path, lines, out) {
  const stack = [];
  if (doc.contents) stack.push(doc.contents);
  while (stack.length > 0) {
    const n2 = stack.pop();
    if ((0, import_yaml4.isMap)(n2) || (0, import_yaml4.isSeq)(n2)) {
      if ((0, import_yaml4.isMap)(n2)) {
        const seen = /* @__PURE__ */ new Set();
        for (const p of n2.items) {
          const k = keyText(p.key);
          if (k !== void 0 && k !== "<<") {
            if (seen.has(k)) {
              out.push(
                at(path, lines.lineCol(p.key.range?.[0] ?? 0), "input_duplicate_key", `key "${k}" appears more than once in this mapping; the last one wins`, "remove the duplicate so the file says one thing", "warning")
              );
            } else seen.add(k);
          }
          if (p.value) stack.push(p.value);
        }
      } else {
        for (const it of n2.items) if (it) stack.push(it);
      }
    }
  }
}
var PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false, merge: true };
function streamOf(path, source) {
  const text = yamlLineBreaks(source);
  return { path, text, lines: new LineIndex(text), entries: [], ignores: [], diagnostics: [] };
}
function parseFailed(stream, p) {
  stream.diagnostics.push(at(stream.path, stream.lines.lineCol(p.offset), p.kind === "syntax" ? "input_parse_error" : "input_limit_error", p.message, "flatten the data; Palisade refuses inputs that would exhaust the parser"));
}
function entryOf(stream, doc, index, lim2) {
  const { path, lines } = stream;
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      if (e.code === "RESOURCE_EXHAUSTION") {
        stream.diagnostics.push(
          at(path, lines.lineCol(e.pos[0]), "input_limit_error", "YAML is nested too deeply to parse", "flatten the data; Palisade refuses inputs that would exhaust the parser")
        );
        continue;
      }
      stream.diagnostics.push(
        at(path, lines.lineCol(e.pos[0]), "input_parse_error", `invalid YAML: ${e.message.split("\n")[0]}`, "fix the YAML at this position (indentation, quoting or a missing `:` are the usual causes)")
      );
    }
    return void 0;
  }
  const c0 = doc.contents;
  if (c0 === null || (0, import_yaml4.isScalar)(c0) && c0.value === null && (c0.range?.[0] ?? 0) === (c0.range?.[1] ?? 0)) return void 0;
  const decoded = boundedToJS(doc, lim2);
  if (!decoded.ok) {
    const p = decoded.problem;
    const fix = p.kind === "aliases" ? "use fewer YAML aliases, or raise limits.maxAliasCount in the Palisade config if the file is trusted" : p.kind === "depth" ? "flatten the data, or raise limits.maxDepth in the Palisade config if this depth is intended" : "check the file with a YAML linter (e.g. `yamllint`)";
    stream.diagnostics.push(at(path, lines.lineCol(p.offset), p.kind === "syntax" ? "input_parse_error" : "input_limit_error", p.message, fix));
    return void 0;
  }
  if (decoded.duplicates) checkDuplicates(doc, path, lines, stream.diagnostics);
  const r = doc.contents.range ?? [0, 0, 0];
  const c = doc.contents;
  return { index, doc, data: decoded.data, commentBefore: c.commentBefore ?? doc.commentBefore ?? void 0, start: r[0], end: r[1] };
}
function yamlEntries(path, source, lim2) {
  if (source.includes("palisade:ignore")) return void 0;
  const stream = streamOf(path, source);
  function* entries() {
    const refused = unparsable(stream.text);
    if (refused) return parseFailed(stream, refused);
    const yaml = new FastYaml(stream.text, lim2.maxDepth);
    let taken = 0;
    for (; ; ) {
      const d = yaml.next();
      if (d === void 0) return;
      if (d === BAIL2) break;
      taken = d.index + 1;
      const c = d.content;
      if (c) yield { index: d.index, doc: void 0, fast: { yaml }, data: c.data, commentBefore: c.commentBefore, start: c.start, end: c.end };
    }
    let index = 0;
    try {
      for (const doc of new import_yaml4.Composer(PARSE_OPTIONS).compose(new import_yaml4.Parser().parse(stream.text))) {
        if (index < taken) {
          index++;
          continue;
        }
        const entry = entryOf(stream, doc, index++, lim2);
        if (entry) yield entry;
      }
    } catch (e) {
      parseFailed(stream, parserCrash(e));
    }
  }
  return { stream, entries: entries() };
}
function parseYamlStream(path, source, lim2) {
  const stream = streamOf(path, source);
  const { text, lines } = stream;
  const parsed = guardedParse(text, () => (0, import_yaml4.parseAllDocuments)(text, PARSE_OPTIONS));
  if (!parsed.ok) {
    parseFailed(stream, parsed.problem);
    return stream;
  }
  let docs = parsed.value;
  if (!Array.isArray(docs)) docs = [];
  docs.forEach((doc, index) => {
    const entry = entryOf(stream, doc, index, lim2);
    if (entry) stream.entries.push(entry);
  });
  if (text.indexOf("palisade:ignore") === -1) return stream;
  const ig = scanIgnores(path, text, lines, { openers: ["#"], extent: indentExtent(text, lines) });
  const literal2 = [];
  for (const d of docs) {
    (0, import_yaml4.visit)(d, {
      Scalar(_, n2) {
        if (n2.type !== "PLAIN" && n2.range) literal2.push([n2.range[0], n2.range[1]]);
      }
    });
  }
  literal2.sort((x, y) => x[0] - y[0]);
  const isData = (line, col) => {
    const o = lines.lineStart(line) + col - 1;
    let lo = 0;
    let hi = literal2.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (literal2[mid][0] <= o) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best !== -1 && o < literal2[best][1];
  };
  stream.ignores = ig.ignores.filter((g) => !isData(g.region.startLine, g.region.startColumn));
  stream.diagnostics.push(...ig.diagnostics.filter((d) => !isData(d.line, d.col)));
  return stream;
}
function ignoresFor(stream, entry) {
  if (stream.ignores.length === 0) return [];
  const first = stream.lines.lineCol(entry.start).line;
  const last = stream.lines.lineCol(Math.max(entry.start, entry.end - 1)).line;
  return stream.ignores.filter((ig) => ig.lines.end >= first && ig.lines.start <= last);
}
function helmSource(entry) {
  const m = /^\s*Source:\s*(\S.*?)\s*$/m.exec(entry.commentBefore ?? "");
  return m?.[1];
}

// src/loaders/yaml/load.ts
function yamlDocument(kind, stream, entry) {
  return {
    kind,
    path: stream.path,
    index: entry.index,
    data: entry.data,
    ignores: ignoresFor(stream, entry),
    locate: (route) => locateIn(stream, entry, route)
  };
}
function readYaml(file, opts) {
  const lim2 = limits(opts);
  const dec = decodeInput(file, lim2.maxBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  return parseYamlStream(file.path, dec.text, lim2);
}
function readYamlEntries(file, opts) {
  const lim2 = limits(opts);
  const dec = decodeInput(file, lim2.maxBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  return yamlEntries(file.path, dec.text, lim2);
}
function loadYaml(file, opts) {
  const s = readYaml(file, opts);
  if ("documents" in s) return s;
  return { documents: s.entries.map((e) => yamlDocument("yaml", s, e)), diagnostics: s.diagnostics };
}

// src/loaders/github/versions.ts
var import_yaml5 = __toESM(require_dist2(), 1);
var PALISADE_KEY = "x-palisade";
var SHA = /@([0-9a-f]{40}|[0-9a-f]{64})$/;
var VERSION = /(?:^|[\s@=:])(v?\d+(?:\.\d+){0,3})(?![\w.])/;
function deref(doc, n2) {
  let cur = n2;
  for (let i = 0; i < 64 && cur && (0, import_yaml5.isAlias)(cur); i++) cur = cur.resolve(doc);
  return cur;
}
function get(doc, map, key) {
  if (!(0, import_yaml5.isMap)(map)) return void 0;
  let found;
  for (const p of map.items) if ((0, import_yaml5.isScalar)(p.key) && p.key.value === key) found = p.value;
  return deref(doc, found);
}
function commented(doc, owner) {
  const uses = get(doc, owner, "uses");
  if (!(0, import_yaml5.isScalar)(uses) || typeof uses.value !== "string" || !SHA.test(uses.value)) return void 0;
  return VERSION.exec(uses.comment ?? "")?.[1];
}
function usesVersions(doc) {
  const out = {};
  const root = deref(doc, doc.contents);
  const steps = (seq2, prefix) => {
    if (!(0, import_yaml5.isSeq)(seq2)) return;
    seq2.items.forEach((item, n2) => {
      const v = commented(doc, deref(doc, item));
      if (v) out[`${prefix}/${n2}`] = v;
    });
  };
  const jobs = get(doc, root, "jobs");
  if ((0, import_yaml5.isMap)(jobs)) {
    for (const p of jobs.items) {
      if (!(0, import_yaml5.isScalar)(p.key)) continue;
      const id = String(p.key.value);
      const job = deref(doc, p.value);
      const v = commented(doc, job);
      if (v) out[`jobs/${id}`] = v;
      steps(get(doc, job, "steps"), `jobs/${id}/steps`);
    }
  }
  steps(get(doc, get(doc, root, "runs"), "steps"), "runs/steps");
  return out;
}

// src/loaders/github/load.ts
var isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function stepName(steps, n2) {
  const s = Array.isArray(steps) ? steps[n2] : void 0;
  if (isObj(s) && typeof s.name === "string") return ` (${s.name})`;
  if (isObj(s) && typeof s.uses === "string") return ` (${s.uses})`;
  return "";
}
function workflowResourceAt(data, route) {
  if (!isObj(data)) return void 0;
  const [a, id, b, n2] = route;
  if (a === "jobs" && id !== void 0) {
    const job = isObj(data.jobs) ? data.jobs[String(id)] : void 0;
    if (b === "steps" && typeof n2 === "number") return `jobs.${id}.steps[${n2}]${stepName(isObj(job) ? job.steps : void 0, n2)}`;
    return `jobs.${id}`;
  }
  return void 0;
}
function actionResourceAt(data, route) {
  if (!isObj(data)) return void 0;
  const [a, b, n2] = route;
  if (a === "runs" && b === "steps" && typeof n2 === "number") {
    return `runs.steps[${n2}]${stepName(isObj(data.runs) ? data.runs.steps : void 0, n2)}`;
  }
  if (a === "inputs" && b !== void 0) return `inputs.${b}`;
  return void 0;
}
function loadGithub(kind, file, opts) {
  const s = readYaml(file, opts);
  if ("documents" in s) return s;
  const diagnostics = s.diagnostics;
  const entry = s.entries[0];
  if (s.entries.length > 1) {
    const extra2 = s.entries[1];
    diagnostics.push(
      at(file.path, s.lines.lineCol(extra2.start), "input_parse_error", `a ${kind === "github-workflow" ? "workflow" : "action"} file holds one YAML document; GitHub ignores this and the following ones`, "remove the `---` separator and the extra documents")
    );
  }
  if (!entry) return { documents: [], diagnostics };
  if (!isObj(entry.data)) {
    diagnostics.push(
      at(file.path, s.lines.lineCol(entry.start), "input_parse_error", `a ${kind === "github-workflow" ? "workflow" : "action"} must be a YAML mapping`, "start the file with top-level keys such as `name:`, `on:` and `jobs:` (or `runs:` for an action)")
    );
  }
  const versions = isObj(entry.data) ? usesVersions(entry.doc) : {};
  const extra = Object.keys(versions).length > 0 ? { path: file.path, uses_versions: versions } : { path: file.path };
  const data = isObj(entry.data) ? { ...entry.data, [PALISADE_KEY]: extra } : entry.data;
  const doc = {
    kind,
    path: file.path,
    index: entry.index,
    data,
    resource: kind === "github-workflow" ? `workflow ${basename2(file.path)}` : `action ${file.path}`,
    ignores: ignoresFor(s, entry),
    locate: (route) => locateIn(s, entry, route),
    resourceAt: (route) => kind === "github-workflow" ? workflowResourceAt(data, route) : actionResourceAt(data, route)
  };
  return { documents: [doc], diagnostics };
}
var loadWorkflow = (file, opts) => loadGithub("github-workflow", file, opts);
var loadAction = (file, opts) => loadGithub("github-action", file, opts);

// src/loaders/index.ts
init_load();

// src/loaders/kubernetes/load.ts
var isObj2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function resourceName(o) {
  const kind = typeof o.kind === "string" ? o.kind : "?";
  const md = isObj2(o.metadata) ? o.metadata : {};
  const name = typeof md.name === "string" ? md.name : typeof md.generateName === "string" ? `${md.generateName}*` : "?";
  return typeof md.namespace === "string" && md.namespace !== "" ? `${kind}/${md.namespace}/${name}` : `${kind}/${name}`;
}
function isList(o) {
  return typeof o.kind === "string" && /List$/.test(o.kind) && Array.isArray(o.items);
}
function objectDocument(stream, entry, data, prefix) {
  const source = helmSource(entry);
  const doc = {
    kind: "kubernetes",
    path: stream.path,
    index: entry.index,
    data,
    resource: resourceName(data),
    ignores: ignoresFor(stream, entry),
    locate(route) {
      const loc = locateIn(stream, entry, [...prefix, ...route]);
      if (loc.approximate) loc.approximate = { resolved: loc.approximate.resolved.slice(prefix.length) };
      return loc;
    }
  };
  if (source !== void 0) doc.source = source;
  return doc;
}
function documentsOf(s, entry, out) {
  const data = entry.data;
  if (!isObj2(data) || typeof data.kind !== "string") return out(yamlDocument("yaml", s, entry));
  if (!isList(data)) return out(objectDocument(s, entry, data, []));
  data.items.forEach((item, i) => {
    if (isObj2(item)) out(objectDocument(s, entry, item, ["items", i]));
  });
}
function loadKubernetes(file, opts) {
  const s = readYaml(file, opts);
  if ("documents" in s) return s;
  const documents = [];
  for (const entry of s.entries) documentsOf(s, entry, (d) => documents.push(d));
  return { documents, diagnostics: s.diagnostics };
}
function streamKubernetes(file, opts, sink) {
  const lazy = readYamlEntries(file, opts);
  if (!lazy) {
    const r = loadKubernetes(file, opts);
    for (const d of r.documents) sink(d);
    return r.diagnostics;
  }
  if ("documents" in lazy) return lazy.diagnostics;
  for (const entry of lazy.entries) documentsOf(lazy.stream, entry, sink);
  return lazy.stream.diagnostics;
}

// src/loaders/package-json/load.ts
init_diag();
init_input();
init_options();
init_load();
init_parse();
function loadPackageJson(file, opts) {
  const lim2 = limits(opts);
  const dec = decodeInput(file, lim2.maxBytes);
  if (!dec.ok) return { documents: [], diagnostics: [dec.diagnostic] };
  const parsed = parseJson(file.path, dec.text, lim2, dec.utf8);
  if (!parsed.ok) return { documents: [], diagnostics: parsed.diagnostics };
  const diagnostics = parsed.warnings;
  const data = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    diagnostics.push(at(file.path, { line: 1, col: 1 }, "input_parse_error", "package.json must be a JSON object", 'npm requires `{ "name": \u2026, "version": \u2026 }` at the top level'));
    return { documents: [], diagnostics };
  }
  const doc = jsonDocument("package-json", file.path, dec.text, data);
  const name = data.name;
  doc.resource = typeof name === "string" ? `package ${name}` : `package ${file.path}`;
  return { documents: [doc], diagnostics };
}

// src/loaders/index.ts
init_plan();
init_options();

// src/loaders/repository/build.ts
init_diag();
init_options();

// src/loaders/index.ts
var LOADERS = {
  "terraform-plan": loadTerraformPlan,
  kubernetes: loadKubernetes,
  "github-workflow": loadWorkflow,
  "github-action": loadAction,
  dockerfile: loadDockerfile,
  "package-json": loadPackageJson,
  json: loadJson,
  yaml: loadYaml
};

// src/runtime/host/palisade.ts
function loadDocuments(kind, text) {
  const loader = Object.prototype.hasOwnProperty.call(LOADERS, kind) ? LOADERS[kind] : void 0;
  if (!loader) return fail(`unknown document kind: ${kind} (one of ${Object.keys(LOADERS).join(", ")})`);
  const r = loader({ path: `input.${kind}`, bytes: Buffer.from(text, "utf8") });
  const error = r.diagnostics.find((d) => (d.severity ?? "error") === "error");
  if (error) return fail(formatDiagnostic(error).split("\n")[0]);
  return r.documents.map((d) => d.data);
}
var palisadeBuiltins = {
  "palisade.load_documents": (kind, text) => loadDocuments(str(kind, 1), str(text, 2))
};

// src/runtime/host/index.ts
function turnClock() {
  let current;
  return () => {
    if (current === void 0) {
      current = BigInt(Date.now()) * 1000000n;
      queueMicrotask(() => {
        current = void 0;
      });
    }
    return current;
  };
}
function hostImplementations(opts = {}) {
  const ctx = {
    now: opts.now ?? turnClock(),
    files: opts.files
  };
  const families = [
    yamlBuiltins,
    miscBuiltins(ctx),
    deprecatedBuiltins,
    conftestBuiltins(ctx),
    palisadeBuiltins
  ];
  return Object.assign({}, ...families);
}
function toWire(result) {
  if (result === void 0 || !hasBigInt(result)) return result;
  const bytes = new TextEncoder().encode(exactJson(result));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}
function hostBuiltins(opts) {
  const impls = hostImplementations(opts);
  const out = {};
  const v0Casts = Object.keys(deprecatedBuiltins).map((name) => [name, { impl: "host" }]);
  for (const [name, spec] of [...Object.entries(BUILTINS), ...v0Casts]) {
    if (spec.impl !== "host") continue;
    const fn = impls[name];
    if (!fn) throw new InternalError(`host builtin ${name} is in the registry but has no implementation`);
    const wrapped = (...args) => {
      try {
        return toWire(fn(...args));
      } catch (e) {
        if (e instanceof RangeError) throw new Error(`out of memory: ${name}: ${e.message}`, { cause: e });
        if (!(e instanceof BuiltinError)) throw e;
        if (!opts.strict) return void 0;
        const kind = e instanceof OperandTypeError ? "eval_type_error" : "eval_builtin_error";
        throw new Error(`${kind}: ${name}: ${e.message}`, { cause: e });
      }
    };
    out[name] = wrapped;
    if (SDK_SHADOWED.has(name)) out[hostCallName(name)] = wrapped;
  }
  return out;
}
var SDK_SHADOWED = /* @__PURE__ */ new Set(["json.is_valid", "yaml.marshal", "yaml.unmarshal", "yaml.is_valid"]);
function hostCallName(name) {
  return SDK_SHADOWED.has(name) ? `palisade.${name}` : name;
}

// src/engine/finding.ts
var CONFIDENCES = ["high", "medium", "low"];

// src/engine/fingerprint.ts
init_lazy_node();
var FINGERPRINT_VERSION = "palisade/v1";
function normalizeFilePath(file) {
  let p = file.replace(/\\/g, "/").replace(/\/{2,}/g, "/");
  while (p.startsWith("./")) p = p.slice(2);
  return p;
}
function fingerprint(policyId, file, route, resource) {
  const canonical = JSON.stringify([FINGERPRINT_VERSION, policyId, normalizeFilePath(file), route, resource ?? null]);
  return sha256Hex(canonical).slice(0, 32);
}
var native;
function sha256Hex(s) {
  if (!native) {
    const crypto = nodeCrypto();
    const oneShot = crypto.hash;
    native = oneShot ? (t) => oneShot("sha256", t, "hex") : (t) => crypto.createHash("sha256").update(t, "utf8").digest("hex");
  }
  return native(s);
}

// src/engine/violations.ts
var OWN_FIELDS = /* @__PURE__ */ new Set(["msg", "message", "path", "confidence", "profile"]);
function parseRoute(path) {
  if (Array.isArray(path)) {
    return path.filter((p) => typeof p === "string" || typeof p === "number");
  }
  if (typeof path !== "string" || path === "") return [];
  if (path.startsWith("/")) {
    return path.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9]\d*)$/.test(s) ? Number(s) : s);
  }
  const route = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["([^"]*)"\]|\['([^']*)'\]/g;
  for (const m of path.matchAll(re)) {
    if (m[2] !== void 0) route.push(Number(m[2]));
    else route.push(m[1] ?? m[3] ?? m[4] ?? "");
  }
  return route;
}
function toViolation(v) {
  if (typeof v === "string") return { msg: v, path: [] };
  if (!v || typeof v !== "object" || Array.isArray(v)) return void 0;
  const o = v;
  const msg = typeof o["msg"] === "string" ? o["msg"] : typeof o["message"] === "string" ? o["message"] : void 0;
  if (msg === void 0) return void 0;
  const details = {};
  for (const [k, val] of Object.entries(o)) if (!OWN_FIELDS.has(k)) details[k] = val;
  const out = { msg, path: parseRoute(o["path"]), details: Object.keys(details).length ? details : void 0 };
  if (CONFIDENCES.includes(o["confidence"])) out.confidence = o["confidence"];
  if (o["profile"] === "strict") out.profile = "strict";
  return out;
}
function logicalRoute(doc, route, resource) {
  if (doc.kind === "terraform-plan" && route[0] === "resource_changes" && typeof route[1] === "number" && resource) {
    return ["resource_changes", resource, ...route.slice(2)];
  }
  return route;
}
var MAX_MESSAGE_CHARS = 2e3;
var MAX_RESOURCE_CHARS = 512;
function clip(s, max) {
  if (s.length <= max) return s;
  const end = s.charCodeAt(max - 1) >= 55296 && s.charCodeAt(max - 1) <= 56319 ? max - 1 : max;
  return `${s.slice(0, end)}\u2026 (${s.length - end} more characters)`;
}
function ownedStrings() {
  const copies = /* @__PURE__ */ new Map();
  return (s) => {
    let copy = copies.get(s);
    if (copy === void 0) {
      copy = structuredClone(s);
      copies.set(s, copy);
    }
    return copy;
  };
}
function toFinding(policy, doc, v, own = ownedStrings()) {
  const loc = doc.locate(v.path);
  const fullResource = doc.resourceAt?.(v.path) ?? doc.resource;
  const resource = fullResource === void 0 ? void 0 : own(clip(fullResource, MAX_RESOURCE_CHARS));
  const message = clip(v.msg, MAX_MESSAGE_CHARS);
  return {
    policy,
    // A clipped message is a slice of the policy's whole message: copied, so the rest is freed.
    message: message === v.msg ? message : structuredClone(message),
    file: own(loc.file),
    region: loc.region,
    route: v.path.map((k) => typeof k === "string" ? own(k) : k),
    resource,
    confidence: v.confidence ?? policy.confidence ?? "high",
    ...v.profile === "strict" || policy.profile === "strict" ? { profile: "strict" } : {},
    details: v.details,
    // Keyed on the document's own path, not the resolved location: a plan finding shown on a
    // .tf line must keep its identity when the HCL is reformatted.
    fingerprint: fingerprint(policy.id, doc.path, logicalRoute(doc, v.path, fullResource), doc.kind === "kubernetes" ? fullResource : void 0)
  };
}

// src/engine/foreign.ts
import { existsSync as existsSync2 } from "node:fs";

// src/paths.ts
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
function findPackageRoot() {
  let dir = HERE;
  for (; ; ) {
    if (existsSync(join2(dir, "package.json")) && ["src", "dist", "lib"].some((d) => existsSync(join2(dir, d)))) return dir;
    const parent = dirname2(dir);
    if (parent === dir) throw new Error("palisade: cannot find the package root");
    dir = parent;
  }
}
var HERE = dirname2(fileURLToPath(import.meta.url));
var BUNDLED = existsSync(join2(HERE, "runtime.wasm"));
var PACKAGE_ROOT = findPackageRoot();
var RUNTIME_WASM = BUNDLED ? join2(HERE, "runtime.wasm") : join2(PACKAGE_ROOT, "dist", "runtime", "runtime.wasm");
var POLICIES_DIR = join2(PACKAGE_ROOT, "policies");
var FOREIGN_WORKER = BUNDLED ? join2(HERE, "foreign-worker.js") : join2(PACKAGE_ROOT, "dist", "src", "engine", "foreign-worker.js");
var SCAN_WORKER = BUNDLED ? join2(HERE, "scan-worker.js") : join2(PACKAGE_ROOT, "dist", "src", "scan", "parallel-worker.js");
var BUILT_PACKS_DIR = BUNDLED ? join2(HERE, "policies") : join2(PACKAGE_ROOT, "dist", "policies");

// src/engine/foreign.ts
var workerThreads;
var threads = () => workerThreads ??= __require("node:worker_threads");
var TIME_BUDGET_MARK = "eval_time_exceeded";
var workerAvailable = () => existsSync2(FOREIGN_WORKER);
function redirectPrints(sink, fn) {
  const log = console.log;
  console.log = (...args) => sink(args.map(String).join(" "));
  try {
    return fn();
  } finally {
    console.log = log;
  }
}
var ForeignModule = class {
  constructor(wasm, data, memory, budgetMs, extras = {}) {
    this.wasm = wasm;
    this.data = data;
    this.memory = memory;
    this.budgetMs = budgetMs;
    this.extras = extras;
  }
  wasm;
  data;
  memory;
  budgetMs;
  extras;
  worker;
  port;
  flag = new Int32Array(new SharedArrayBuffer(4));
  /** What the recorder builtin received during the last evaluation (WorkerExtras.recorder). */
  lastCases = [];
  /** What the last evaluation printed, one `\n`-ended line per print() (WorkerExtras.prints). */
  lastOutput = "";
  receive(deadline) {
    for (; ; ) {
      const got = threads().receiveMessageOnPort(this.port);
      if (got) return got.message;
      const left = deadline - Date.now();
      if (left <= 0) return void 0;
      Atomics.wait(this.flag, 0, 0, left);
      Atomics.store(this.flag, 0, 0);
    }
  }
  start() {
    const { MessageChannel, Worker } = threads();
    const { port1, port2 } = new MessageChannel();
    Atomics.store(this.flag, 0, 0);
    this.worker = new Worker(FOREIGN_WORKER, {
      workerData: { wasm: this.wasm, data: this.data, memory: this.memory, extras: this.extras, flag: this.flag.buffer, port: port2 },
      transferList: [port2]
    });
    this.worker.unref();
    this.worker.on("error", () => {
    });
    this.port = port1;
    const ready2 = this.receive(Date.now() + Math.max(3e4, this.budgetMs));
    if (!ready2 || !("ready" in ready2)) {
      this.stop();
      throw new Error(`the policy module cannot be loaded in a worker: ${ready2 && "error" in ready2 ? ready2.error : "no answer"}`);
    }
  }
  stop() {
    void this.worker?.terminate();
    this.worker = void 0;
    this.port?.close();
    this.port = void 0;
  }
  /** opa-wasm's evaluate, in the worker, within the budget; throws `eval_time_exceeded: …` past it. */
  evaluate(input, entrypoint, testFile) {
    if (!this.worker) this.start();
    Atomics.store(this.flag, 0, 0);
    this.lastCases = [];
    this.lastOutput = "";
    this.port.postMessage({ input, entrypoint, testFile });
    const a = this.receive(Date.now() + this.budgetMs);
    if (!a) {
      this.stop();
      throw new Error(`${TIME_BUDGET_MARK}: the policy ran longer than ${this.budgetMs} ms`);
    }
    if ("cases" in a && a.cases) this.lastCases = a.cases;
    if ("output" in a && a.output) this.lastOutput = a.output;
    if ("error" in a) throw new Error(a.error);
    return "result" in a ? a.result : void 0;
  }
};

// src/engine/engine.ts
var printToStderr = (line) => void process.stderr.write(`${line}
`);
var DEFAULT_POLICY_TIME_MS = 6e4;
var DEFAULT_RENEW_AT_MB = 64;
var DEFAULT_POLICY_STEPS = 1e9;
var DEFAULT_POLICY_MEMORY_MB = 256;
function foreignPolicyMeta(entrypoint) {
  return {
    id: entrypoint,
    title: entrypoint,
    severity: "medium",
    description: `Violations reported by the OPA entrypoint ${entrypoint}.`,
    remediation: "See the policy that defines this entrypoint.",
    tags: [],
    frameworks: {},
    equivalents: {},
    kinds: ["*"]
  };
}
var memoryOf = (p) => p.mem.buffer;
var pagesFor = (bytes) => Math.ceil(bytes / 65536);
var memoryPages = (mb) => Math.min(65536, Math.max(1, Math.floor(mb * 16)));
var encoder3 = new TextEncoder();
function exactBuffer(b) {
  if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength) return b.buffer;
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return copy.buffer;
}
function applicableTo(b, kind) {
  let list = b.applicable.get(kind);
  if (!list) {
    list = [...b.policiesByKind.get(kind) ?? [], ...b.policiesByKind.get("*") ?? []].filter((p) => !p.meta.inventory);
    b.applicable.set(kind, list);
  }
  return list;
}
var wasmApi = globalThis.WebAssembly;
var compileWasm = (bytes) => wasmApi.compile(bytes);
var wasmExports = (module) => wasmApi.Module.exports(module).map((e) => e.name);
var sdk = src_default ?? src_exports;
var Engine = class _Engine {
  constructor(bundles, steps, memoryMB, print, renewAtBytes) {
    this.bundles = bundles;
    this.steps = steps;
    this.memoryMB = memoryMB;
    this.print = print;
    this.renewAtBytes = renewAtBytes;
  }
  bundles;
  steps;
  memoryMB;
  print;
  renewAtBytes;
  static async load(bundles, opts = {}) {
    const steps = opts.policySteps ?? DEFAULT_POLICY_STEPS;
    const memoryMB = opts.policyMemoryMB ?? DEFAULT_POLICY_MEMORY_MB;
    const loaded = [];
    for (const { name, bundle } of bundles) {
      let module;
      try {
        module = await (bundle.compiled ?? compileWasm(bundle.wasm));
      } catch (e) {
        throw new PalisadeError([{ file: name, line: 0, col: 0, code: "bundle_error", message: `the policy module is not valid WebAssembly: ${describe(e)}`, fix: "reinstall Palisade, or rebuild the bundle with `palisade build` (or `opa build -t wasm`)" }]);
      }
      const counted = wasmExports(module).includes("palisade_set_memory_budget");
      const maximum = counted ? 65536 : memoryPages(memoryMB);
      const memory = { initial: Math.min(maximum, Math.max(5, pagesFor(bundle.wasm.length) + 2)), maximum };
      const fresh = () => {
        const p = sdk.loadPolicySync(module, memory, hostBuiltins({ strict: false }));
        if (bundle.data !== void 0) p.setData(bundle.data);
        const exports2 = p.wasmInstance.exports;
        exports2.palisade_set_step_budget?.(steps);
        exports2.palisade_set_memory_budget?.(memoryMB * 1024 * 1024);
        return p;
      };
      let instance;
      try {
        instance = fresh();
      } catch (e) {
        throw new PalisadeError([
          { file: name, line: 0, col: 0, code: "bundle_error", message: `the policy module cannot be loaded: ${describe(e)}`, fix: "pass a bundle built by `palisade build` or `opa build -t wasm` (OPA Wasm ABI 1.x)" }
        ]);
      }
      const kindEntrypoints = /* @__PURE__ */ new Map();
      const policiesByKind = /* @__PURE__ */ new Map();
      let policies;
      if (bundle.palisade) {
        for (const [kind, ep] of Object.entries(bundle.palisade.kindEntrypoints)) kindEntrypoints.set(kind, ep);
        policies = bundle.palisade.policies.map(({ entrypoint, ...meta }) => ({ meta, entrypoint }));
      } else {
        const eps = (bundle.manifest.wasm ?? []).map((w) => w.entrypoint);
        policies = (eps.length ? eps : Object.keys(instance.entrypoints)).map((ep) => ({ meta: foreignPolicyMeta(ep), entrypoint: ep }));
      }
      for (const p of policies) {
        for (const kind of p.meta.kinds) {
          const list = policiesByKind.get(kind) ?? [];
          list.push(p);
          policiesByKind.set(kind, list);
        }
      }
      const exports = instance.wasmInstance.exports;
      const foreign = exports.palisade_set_step_budget === void 0 && workerAvailable() ? new ForeignModule(bundle.wasm, bundle.data, memory, opts.policyTimeMs ?? DEFAULT_POLICY_TIME_MS, { prints: true }) : void 0;
      const inputKeys = new Map(Object.entries(bundle.palisade?.inputKeys ?? {}).map(([ep, keys]) => [ep, new Set(keys)]));
      loaded.push({ name, instance, foreign, kindEntrypoints, policiesByKind, applicable: /* @__PURE__ */ new Map(), policies, data: bundle.data, inputKeys, fresh, shared: { bundle, module } });
    }
    return new _Engine(loaded, steps, memoryMB, opts.print ?? printToStderr, (opts.renewAtMB ?? DEFAULT_RENEW_AT_MB) * 1024 * 1024);
  }
  /** Every policy the engine runs, for reports that list rules even when nothing fired. */
  get policies() {
    return this.bundles.flatMap((b) => b.policies.map((p) => p.meta));
  }
  /**
   * The bundles as loaded (after policy selection), each with its compiled module: plain data a
   * worker thread loads an engine of the same policies from, without compiling again.
   */
  shareable() {
    return this.bundles.map(({ name, shared: { bundle, module } }) => {
      const { compiled: _, wasm, ...rest } = bundle;
      return { name, bundle: { ...rest, wasm: wasm.slice() }, module };
    });
  }
  /** Whether some policy reads `data.inventory` (the scan's Kubernetes objects). */
  get needsInventory() {
    return this.inventoryReaders.length > 0;
  }
  /** Which of the bundles given to load() (their positions) have policies that read `data.inventory`. */
  get inventoryReaders() {
    return this.bundles.flatMap((b, i) => b.policies.some((p) => p.meta.inventory) ? [i] : []);
  }
  evaluate(doc) {
    return this.run(doc, (b) => ({ policies: applicableTo(b, doc.kind), aggregate: b.kindEntrypoints.get(doc.kind) }));
  }
  /**
   * The second pass for policies that see the whole scan (`custom.inventory`): `inventory` is
   * set as `data.inventory` (Gatekeeper's shape) for the pass, then each document is evaluated by
   * those policies alone, through the kind's inventory aggregate when the bundle has one. The
   * bundle's own data is restored afterwards. Modules built by real OPA carry no Palisade
   * metadata, so they never take part.
   */
  evaluateInventory(docs, inventory) {
    const findings = [];
    const diagnostics = [];
    const pass = this.inventoryPass(inventory);
    try {
      for (const doc of docs) {
        const r = pass.evaluate(doc);
        for (const f of r.findings) findings.push(f);
        for (const d of r.diagnostics) diagnostics.push(d);
      }
    } finally {
      pass.end();
    }
    return { findings, diagnostics };
  }
  /**
   * evaluateInventory one document at a time, for a caller that does not hold them all (the scan
   * loads them again): `inventory` is set as `data.inventory` until `end()`, and nothing else may
   * be evaluated meanwhile. Each document's findings come bundle by bundle, as in evaluate().
   */
  inventoryPass(inventory) {
    const bundles = this.bundles.filter((b) => !b.foreign && b.policies.some((p) => p.meta.inventory));
    const byKind = new Map(bundles.map((b) => [b, /* @__PURE__ */ new Map()]));
    const own = (b, kind) => {
      const cache = byKind.get(b);
      let list = cache.get(kind);
      if (!list) cache.set(kind, list = b.policies.filter((p) => p.meta.inventory && p.meta.kinds.includes(kind)));
      return list;
    };
    for (const b of bundles) this.setPassData(b, inventory);
    return {
      evaluate: (doc) => this.run(doc, (b) => byKind.has(b) ? { policies: own(b, doc.kind), aggregate: b.kindEntrypoints.get(inventoryKey(doc.kind)) } : { policies: [] }),
      end: () => {
        for (const b of bundles) this.endPassData(b);
      }
    };
  }
  /**
   * Evaluates documents again with every policy of their kind, `inventory` set as
   * `data.inventory`: for documents whose helpers read more when the scan's other files are known
   * (a reusable workflow or composite action and its callers, docs/inventory.md). The caller
   * merges these findings with the first pass's.
   */
  evaluateInContext(docs, inventory) {
    return this.withInventory(docs, inventory, (b, doc) => ({ policies: applicableTo(b, doc.kind), aggregate: b.kindEntrypoints.get(doc.kind) }));
  }
  withInventory(docs, inventory, pick) {
    const findings = [];
    const diagnostics = [];
    for (const b of this.bundles) {
      if (b.foreign || !docs.some((doc) => pick(b, doc).policies.length > 0)) continue;
      this.setPassData(b, inventory);
      try {
        for (const doc of docs) {
          const r = this.run(doc, (x) => x === b ? pick(b, doc) : { policies: [] });
          for (const f of r.findings) findings.push(f);
          for (const d of r.diagnostics) diagnostics.push(d);
        }
      } finally {
        this.endPassData(b);
      }
    }
    return { findings, diagnostics };
  }
  setPassData(b, inventory) {
    b.passData = exactBuffer(encoder3.encode(JSON.stringify({ ...b.data ?? {}, inventory })));
    b.instance.setData(b.passData);
    b.passBytes = memoryOf(b.instance).byteLength;
  }
  endPassData(b) {
    b.passData = b.passBytes = void 0;
    b.instance.setData(b.data ?? {});
  }
  run(doc, pick) {
    const findings = [];
    const diagnostics = [];
    const seen = /* @__PURE__ */ new Set();
    const own = ownedStrings();
    const collect = (meta, result) => this.collect(meta, doc, result, findings, seen, own, diagnostics);
    let text;
    let bytes;
    const evaluate = (b, entrypoint) => {
      text ??= doc.json ?? JSON.stringify(doc.data ?? null);
      if (!b.foreign) {
        const keys = typeof text === "string" ? void 0 : b.inputKeys.get(entrypoint);
        const input = keys ? projectJson(text, keys, doc.jsonMembers && (() => doc.jsonMembers())) : text;
        try {
          return redirectPrints(this.print, () => evaluateJson(b.instance, input, entrypoint));
        } finally {
          this.renewIfLarge(b);
        }
      }
      bytes ??= typeof text === "string" ? encoder3.encode(text).buffer : exactBuffer(text);
      try {
        return b.foreign.evaluate(bytes, entrypoint);
      } finally {
        for (const line of b.foreign.lastOutput.split("\n").slice(0, -1)) this.print(line);
      }
    };
    for (const b of this.bundles) {
      const { policies: applicable, aggregate } = pick(b);
      if (applicable.length === 0) continue;
      if (aggregate) {
        try {
          const rs = evaluate(b, aggregate);
          const byPolicy = rs[0]?.result ?? {};
          for (const p of applicable) collect(p.meta, byPolicy[p.meta.id]);
          continue;
        } catch {
        }
      }
      for (const p of applicable) {
        try {
          const rs = evaluate(b, p.entrypoint);
          collect(p.meta, rs[0]?.result);
        } catch (e) {
          diagnostics.push(this.failure(p.meta.id, doc, e));
        }
      }
    }
    return { findings, diagnostics };
  }
  /**
   * After an evaluation that grew the module's memory past `renewAtBytes` (a large plan), the
   * module is replaced by a fresh instance and its memory given back, before the findings and
   * the report are built: otherwise the written pages stay with the process to the end of the scan.
   * What an inventory pass's data takes is not counted: a fresh instance takes it again, so a
   * large inventory would otherwise renew the module (and parse the inventory) on every document.
   */
  renewIfLarge(b) {
    if (memoryOf(b.instance).byteLength < this.renewAtBytes + (b.passBytes ?? 0)) return;
    b.instance = b.fresh();
    if (b.passData) b.instance.setData(b.passData);
    collectGarbage();
  }
  failure(policy, doc, e) {
    const what = describe(e);
    const at2 = doc.index > 0 ? `document ${doc.index + 1} of this file` : "this document";
    const base = { file: doc.path, line: 0, col: 0, code: "eval_error" };
    if (what.startsWith("eval_budget_exceeded")) {
      return {
        ...base,
        message: `policy ${policy} exceeded its step budget (${this.steps} steps) on ${at2}`,
        fix: `if the document is legitimately this large, raise limits.policySteps in .palisade.yaml; otherwise fix the policy or exclude it (policies.exclude)`
      };
    }
    if (what.startsWith(TIME_BUDGET_MARK)) {
      return {
        ...base,
        message: `policy ${policy} exceeded its time budget (${what.replace(/^.*longer than /, "")}) on ${at2}; its module has no step counter (built by \`opa build\`), so it is timed instead`,
        fix: "if the document is legitimately this large, raise limits.policyTimeMs in .palisade.yaml; otherwise fix the policy or exclude it (policies.exclude)"
      };
    }
    if (MEMORY_FAILURE.test(what)) {
      return {
        ...base,
        message: `policy ${policy} exceeded its memory budget (${this.memoryMB} MiB) on ${at2}`,
        fix: `if the document is legitimately this large, raise limits.policyMemoryMB in .palisade.yaml; otherwise fix the policy or exclude it (policies.exclude)`
      };
    }
    return {
      ...base,
      message: `policy ${policy} failed on ${at2}: ${what}`,
      fix: "the policy is at fault, not the file: report it to the policy owner (or exclude the policy in the config) and rerun"
    };
  }
  collect(meta, doc, result, out, seen, own, diagnostics) {
    if (result === void 0 || result === null || result === false || result === true) return;
    const items = Array.isArray(result) ? result : [result];
    let kept = 0;
    for (const item of items) {
      const v = toViolation(item);
      if (!v) continue;
      if (kept === MAX_FINDINGS_PER_POLICY) {
        diagnostics.push({
          file: doc.path,
          line: 0,
          col: 0,
          code: "eval_error",
          severity: "warning",
          message: `policy ${meta.id} reported ${items.length} violations on this document; only the first ${MAX_FINDINGS_PER_POLICY} are kept`,
          fix: "fix the document (or the policy, if it reports one thing many times); the findings kept already fail the run"
        });
        return;
      }
      const f = toFinding(meta, doc, v, own);
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      out.push(f);
      kept++;
    }
  }
};
var MAX_FINDINGS_PER_POLICY = 1e4;
var MEMORY_FAILURE = /out of memory|opa_malloc|memory size exceeded|Memory\.grow|could not allocate memory/i;
function describe(e) {
  if (typeof e === "string") return e;
  if (e instanceof Error) return e.message;
  if (e && typeof e === "object" && "message" in e) return String(e.message);
  return String(e);
}

// src/scan/parallel-worker.ts
init_options();

// src/loaders/read.ts
init_diag();
init_options();
var LIMIT_HINT = "raise limits.maxFileBytes (limits.maxPlanBytes for plans) in the Palisade config, or exclude the file with `ignore`";
var overLimit = (rel, size, cap) => ({
  diagnostic: fileDiagnostic(rel, "input_limit_error", `file is ${size} bytes, over the ${cap}-byte limit for this kind of input`, LIMIT_HINT)
});
var MAX_DIAGNOSTICS_PER_FILE = 100;
function keepDiagnostics(file, found, out) {
  for (const d of found.slice(0, MAX_DIAGNOSTICS_PER_FILE)) out.push(d);
  if (found.length > MAX_DIAGNOSTICS_PER_FILE) {
    const errors = found.some((d) => (d.severity ?? "error") === "error");
    out.push(fileDiagnostic(file, "input_limit_error", `${found.length - MAX_DIAGNOSTICS_PER_FILE} more problems in this file are not shown`, "fix the ones shown and rerun", errors ? "error" : "warning"));
  }
}
function capped(bytes, rel, cap) {
  return bytes.byteLength > cap ? overLimit(rel, bytes.byteLength, cap) : { bytes };
}
function readDiscovered(gate2, f, lim2) {
  const cap = f.kind === "terraform-plan" ? lim2.maxPlanBytes : lim2.maxBytes;
  return f.bytes ? Promise.resolve(capped(f.bytes, f.path, cap)) : gate2.read(f.absPath, f.path, cap, LIMIT_HINT);
}
function loadFile(f, bytes, opts, streaming, emit, out) {
  try {
    if (streaming && f.kind === "kubernetes") {
      keepDiagnostics(f.path, streamKubernetes({ path: f.path, bytes }, opts, emit), out);
      return;
    }
    const res = LOADERS[f.kind]({ path: f.path, bytes }, opts);
    keepDiagnostics(f.path, res.diagnostics, out);
    for (const d of res.documents) emit(d);
  } catch (e) {
    out.push(fileDiagnostic(f.path, "input_parse_error", `internal error while loading (please report): ${e.message}`, "report this at the Palisade issue tracker with the file if you can; other files were still scanned"));
  }
}

// src/scan/parallel-worker.ts
var init = workerData;
var port = parentPort;
var post = (m) => port.postMessage(m);
var prints = [];
async function start() {
  const engine = await Engine.load(
    init.bundles.map(({ name, bundle, module }) => ({ name, bundle: { ...bundle, compiled: Promise.resolve(module) } })),
    { ...init.engine, print: (line) => void prints.push(line) }
  );
  return { engine, policyIndex: new Map(engine.policies.map((p, i) => [p, i])) };
}
var ready = start();
var gate = new ContainmentGate(init.rootReal);
var lim = limits(init.load);
async function answer(job) {
  const { engine, policyIndex } = await ready;
  prints = [];
  const diagnostics = [];
  const findings = [];
  const evalDiagnostics = [];
  const docs = [];
  const r = await readDiscovered(gate, job.file, lim);
  if ("diagnostic" in r) return { i: job.i, diagnostics: [r.diagnostic], findings, evalDiagnostics, docs, prints };
  const evaluate = (doc) => {
    const result = engine.evaluate(doc);
    for (const f of result.findings) findings.push(Object.assign(f, { policy: policyIndex.get(f.policy) }));
    for (const d of result.diagnostics) evalDiagnostics.push(d);
    docs.push({ path: doc.path, kind: doc.kind, ignores: doc.ignores });
  };
  loadFile(job.file, r.bytes, { ...init.load }, true, evaluate, diagnostics);
  return { i: job.i, diagnostics, findings, evalDiagnostics, docs, prints };
}
var queue = ready.then(
  () => post({ ready: true }),
  (e) => post({ startError: e instanceof Error ? e.message : String(e) })
);
port.on("message", (jobs) => {
  for (const job of jobs) {
    queue = queue.then(async () => {
      try {
        post(await answer(job));
      } catch (e) {
        post({ i: job.i, error: e instanceof Error ? e.message : String(e) });
      }
    });
  }
});
