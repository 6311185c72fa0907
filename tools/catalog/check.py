#!/usr/bin/env python3
"""Self-check for seed-data/catalog against docs/catalog-format.md.

Usage: python3 tools/catalog/check.py [catalog-dir]
Exit code 1 when any error is found; warnings are printed but do not fail.
The C# CatalogLoader stays the authority; this script catches authoring mistakes early.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "seed-data", "catalog")

errors, warnings = [], []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


DEPT_RE = re.compile(r"^[a-z]{2,8}$")
CODE_RE = re.compile(r"^[A-Z]{2,4}-\d{3,4}$")
MAT_RE = re.compile(r"^[a-z0-9-]+$")
KEY_RE = re.compile(r"^[a-z][A-Za-z0-9]*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

DEPT_PROPS = {"code", "name", "window", "order"}
ITEM_PROPS = {"code", "name", "department", "routeTo", "kind", "promisedDays", "statutoryDays", "applicant",
              "keywords", "aliases", "fees", "legalBasis", "guide", "materials", "form"}
GUIDE_PROPS = {"conditions", "notes"}
MAT_PROPS = {"code", "name", "form", "copies", "required", "requiredWhen", "eLicense", "commitment", "note"}
FORM_PROPS = {"templates", "fields"}
FIELD_PROPS = {"key", "kind", "label", "help", "required", "options", "min", "max", "minDate", "maxDate",
               "minLength", "maxLength", "pattern", "patternMessage", "visibleWhen", "requiredWhen",
               "fields", "minRows", "maxRows", "compute"}
OPTION_PROPS = {"value", "label"}
TEMPLATE_PROPS = {"id", "fields"}
BUNDLE_PROPS = {"code", "name", "keywords", "parts"}
COND_PROPS = {"field", "equals", "in", "notEmpty", "all", "any"}
COMPUTE_PROPS = {"op", "of", "by"}
KINDS = {"text", "textarea", "number", "money", "date", "select", "radio", "checkbox", "multiselect",
         "residentId", "creditCode", "mobile", "address", "group", "section", "computed"}
OPTION_KINDS = {"select", "radio", "multiselect"}
NUMERIC = {"number", "money", "computed"}
# which optional rule properties make sense for which kinds
RULES = {
    "minLength": {"text", "textarea", "address"}, "maxLength": {"text", "textarea", "address"},
    "pattern": {"text"}, "patternMessage": {"text"},
    "min": {"number", "money"}, "max": {"number", "money"},
    "minDate": {"date"}, "maxDate": {"date"},
    "fields": {"group"}, "minRows": {"group"}, "maxRows": {"group"},
    "compute": {"computed"}, "options": OPTION_KINDS,
}
PLACEHOLDER = re.compile(r"TODO|TBD|FIXME|lorem|ipsum|待补充|占位|xxx", re.I)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err(os.path.relpath(path, DIR), f"invalid JSON: {e}")
        return None


def props(where, obj, allowed, required=()):
    if not isinstance(obj, dict):
        err(where, "must be an object")
        return False
    for k in obj:
        if k not in allowed:
            err(where, f"unknown property '{k}'")
    for k in required:
        if k not in obj:
            err(where, f"missing property '{k}'")
    return True


def text(where, v, need_en=True):
    if not isinstance(v, dict) or set(v) - {"zh", "en"}:
        err(where, "text must be an object with zh/en")
        return
    if not isinstance(v.get("zh"), str) or not v["zh"].strip():
        err(where, "zh is required and non-empty")
    if not isinstance(v.get("en"), str):
        err(where, "en is required")
    elif need_en and not v["en"].strip():
        err(where, "en must be non-empty for names and labels")
    for s in v.values():
        if isinstance(s, str) and PLACEHOLDER.search(s):
            err(where, f"placeholder text: {s!r}")


# ---------------------------------------------------------------- fields


def check_fields(where, fields, scope_name="form"):
    """Structural checks; returns {key: field} for this scope."""
    scope = {}
    if not isinstance(fields, list):
        err(where, "fields must be a list")
        return scope
    for i, f in enumerate(fields):
        w = f"{where}.fields[{i}]"
        if not props(w, f, FIELD_PROPS, ("key", "kind", "label")):
            continue
        key, kind = f.get("key"), f.get("kind")
        w = f"{where}.{key}"
        if not isinstance(key, str) or not KEY_RE.match(key):
            err(w, f"bad key {key!r}")
        if key in scope:
            err(w, f"duplicate key in {scope_name}")
        scope[key] = f
        if kind not in KINDS:
            err(w, f"unknown kind {kind!r}")
            continue
        text(w + ".label", f["label"])
        if "help" in f:
            text(w + ".help", f["help"])
        if "patternMessage" in f:
            text(w + ".patternMessage", f["patternMessage"])
        for rule, kinds in RULES.items():
            if rule in f and kind not in kinds:
                err(w, f"'{rule}' does not apply to kind {kind}")
        if "required" in f and not isinstance(f["required"], bool):
            err(w, "required must be boolean")
        if kind in ("section", "computed") and f.get("required"):
            err(w, f"{kind} cannot be required")
        if kind in OPTION_KINDS:
            opts = f.get("options")
            if not opts:
                err(w, "options required")
            else:
                vals = []
                for j, o in enumerate(opts):
                    if props(f"{w}.options[{j}]", o, OPTION_PROPS, ("value", "label")):
                        vals.append(o["value"])
                        if not isinstance(o["value"], str) or not o["value"]:
                            err(f"{w}.options[{j}]", "value must be a non-empty string")
                        text(f"{w}.options[{j}].label", o["label"])
                if len(vals) != len(set(vals)):
                    err(w, "duplicate option values")
                if kind != "multiselect" and len(vals) < 2:
                    warn(w, "fewer than two options")
        if "min" in f and "max" in f and f["min"] > f["max"]:
            err(w, "min > max")
        for d in ("minDate", "maxDate"):
            if d in f and f[d] != "today" and not DATE_RE.match(str(f[d])):
                err(w, f"{d} must be yyyy-MM-dd or today")
        if "minLength" in f and "maxLength" in f and f["minLength"] > f["maxLength"]:
            err(w, "minLength > maxLength")
        if "pattern" in f:
            try:
                re.compile(f["pattern"])
            except re.error as e:
                err(w, f"pattern does not compile: {e}")
        if kind == "group":
            sub = check_fields(w, f.get("fields", []), f"group {key}")
            if not sub:
                err(w, "group needs fields")
            for k2, f2 in sub.items():
                if f2.get("kind") in ("group",):
                    err(f"{w}.{k2}", "nested groups are not supported")
            f["_scope"] = sub
            mn, mx = f.get("minRows", 0), f.get("maxRows")
            if mx is not None and mn > mx:
                err(w, "minRows > maxRows")
        if kind == "computed" and "compute" not in f:
            err(w, "computed field needs compute")
    return scope


def cond_refs(where, c, top, row=None, opts_of=None):
    """Check a Condition; keys resolve in the group row first, then at the top of the form."""
    if not props(where, c, COND_PROPS):
        return
    if "all" in c or "any" in c:
        subs = c.get("all", c.get("any"))
        if not isinstance(subs, list) or not subs:
            err(where, "all/any need a non-empty list")
            return
        for i, s in enumerate(subs):
            cond_refs(f"{where}[{i}]", s, top, row)
        return
    k = c.get("field")
    f = (row or {}).get(k) or top.get(k)
    if f is None:
        err(where, f"condition references unknown field {k!r}")
        return
    tests = [x for x in ("equals", "in", "notEmpty") if x in c]
    if len(tests) != 1:
        err(where, "condition needs exactly one of equals / in / notEmpty")
        return
    values = c.get("in") if "in" in c else ([c["equals"]] if "equals" in c else [])
    if "in" in c and (not isinstance(c["in"], list) or not c["in"]):
        err(where, "'in' must be a non-empty list")
    kind = f.get("kind")
    if kind == "multiselect" and "notEmpty" not in c:
        err(where, f"equals/in on multiselect {k!r} has no defined meaning in the contract; use checkboxes or notEmpty")
    if kind in OPTION_KINDS:
        allowed = {o["value"] for o in f.get("options", [])}
        for v in values:
            if v not in allowed:
                err(where, f"value {v!r} is not an option of {k}")
    elif kind == "checkbox":
        for v in values:
            if v not in ("true", "false"):
                err(where, f"checkbox {k} compares with 'true'/'false', not {v!r}")
    elif kind in ("section", "group"):
        if "notEmpty" not in c:
            err(where, f"cannot compare a {kind}")


def check_form_semantics(where, top):
    for key, f in top.items():
        w = f"{where}.{key}"
        for cname in ("visibleWhen", "requiredWhen"):
            if cname in f:
                cond_refs(f"{w}.{cname}", f[cname], top)
        if f.get("kind") == "computed" and "compute" in f:
            c = f["compute"]
            props(w + ".compute", c, COMPUTE_PROPS, ("op", "of"))
            op, of = c.get("op"), c.get("of", "")
            if op == "sum":
                g, _, col = of.partition(".")
                gf = top.get(g)
                if not gf or gf.get("kind") != "group" or col not in gf.get("_scope", {}):
                    err(w, f"sum of unknown group column {of!r}")
                elif gf["_scope"][col]["kind"] not in ("number", "money"):
                    err(w, f"sum of non-numeric column {of!r}")
            elif op == "count":
                if top.get(of, {}).get("kind") != "group":
                    err(w, f"count of non-group {of!r}")
            elif op in ("age", "birthDate", "sex"):
                if top.get(of, {}).get("kind") != "residentId":
                    err(w, f"{op} needs a residentId field, got {of!r}")
            elif op == "divide":
                for k2 in (of, c.get("by")):
                    if top.get(k2, {}).get("kind") not in NUMERIC:
                        err(w, f"divide operand {k2!r} is not a numeric field")
            else:
                err(w, f"unknown compute op {op!r}")
        if f.get("kind") == "group":
            for k2, f2 in f.get("_scope", {}).items():
                for cname in ("visibleWhen", "requiredWhen"):
                    if cname in f2:
                        cond_refs(f"{w}.{k2}.{cname}", f2[cname], top, f["_scope"])


def strip(fields):
    for f in fields:
        f.pop("_scope", None)
        if "fields" in f:
            strip(f["fields"])


# ---------------------------------------------------------------- main


def main():
    depts = {}
    dj = load(os.path.join(DIR, "departments.json"))
    if dj is not None and props("departments.json", dj, {"departments"}, ("departments",)):
        for i, d in enumerate(dj["departments"]):
            w = f"departments.json[{i}]"
            if not props(w, d, DEPT_PROPS, DEPT_PROPS):
                continue
            if not DEPT_RE.match(d["code"]):
                err(w, f"bad department code {d['code']!r}")
            if d["code"] in depts:
                err(w, "duplicate department code")
            if d["window"] not in ("comprehensive", "police"):
                err(w, f"bad window {d['window']!r}")
            if not isinstance(d["order"], int):
                err(w, "order must be an integer")
            text(w + ".name", d["name"])
            depts[d["code"]] = d

    templates = {}
    tj = load(os.path.join(DIR, "templates.json"))
    if tj is not None and props("templates.json", tj, {"templates"}, ("templates",)):
        for i, tpl in enumerate(tj["templates"]):
            w = f"templates.json[{tpl.get('id', i)}]"
            if not props(w, tpl, TEMPLATE_PROPS, TEMPLATE_PROPS):
                continue
            if tpl["id"] in templates:
                err(w, "duplicate template id")
            templates[tpl["id"]] = tpl["fields"]
            scope = check_fields(w, json.loads(json.dumps(tpl["fields"])), f"template {tpl['id']}")
            # template conditions may only point inside the template itself
            check_form_semantics(w, scope)

    items, item_file, forms = {}, {}, {}
    per_dept = Counter()
    kinds = Counter()
    used_templates = Counter()
    key_kinds = defaultdict(Counter)
    form_sigs = defaultdict(list)
    idir = os.path.join(DIR, "items")
    for fn in sorted(os.listdir(idir)) if os.path.isdir(idir) else []:
        if not fn.endswith(".json"):
            continue
        ij = load(os.path.join(idir, fn))
        if ij is None or not props(fn, ij, {"items"}, ("items",)):
            continue
        fdept = fn[:-5]
        if fdept not in depts:
            err(fn, "file name is not a department code")
        for i, it in enumerate(ij["items"]):
            code = it.get("code", f"#{i}")
            w = f"items/{fn} · {code}"
            if not props(w, it, ITEM_PROPS, ITEM_PROPS - {"routeTo", "guide", "aliases"}):
                continue
            if not CODE_RE.match(code):
                err(w, "bad item code")
            if code in items:
                err(w, f"duplicate item code (also in {item_file[code]})")
            items[code], item_file[code] = it, fn
            text(w + ".name", it["name"])
            if it["department"] != fdept:
                err(w, f"department {it['department']!r} does not match file {fn}")
            if it["department"] not in depts:
                err(w, "unknown department")
            if it.get("routeTo", it["department"]) not in depts:
                err(w, f"unknown routeTo {it.get('routeTo')!r}")
            if it["kind"] not in ("instant", "promised"):
                err(w, f"bad kind {it['kind']!r}")
            pd, sd = it["promisedDays"], it["statutoryDays"]
            if not isinstance(pd, int) or pd < 0:
                err(w, "promisedDays must be a non-negative integer")
            elif it["kind"] == "instant" and pd != 0:
                err(w, "instant items have promisedDays 0")
            elif it["kind"] == "promised" and pd < 1:
                err(w, "promised items have promisedDays >= 1")
            if sd is not None and (not isinstance(sd, int) or (isinstance(pd, int) and sd < pd)):
                err(w, "statutoryDays must be null or an integer >= promisedDays")
            if it["applicant"] not in ("person", "enterprise", "both"):
                err(w, f"bad applicant {it['applicant']!r}")
            for lst in ("keywords", "aliases", "legalBasis"):
                v = it.get(lst, [])
                if not isinstance(v, list) or any(not isinstance(s, str) or not s.strip() for s in v):
                    err(w, f"{lst} must be a list of non-empty strings")
                elif len(v) != len(set(v)):
                    err(w, f"duplicate entries in {lst}")
            if not it["keywords"]:
                err(w, "needs keywords")
            if not it["legalBasis"]:
                err(w, "needs a legal basis")
            text(w + ".fees", it["fees"])
            if "guide" in it and props(w + ".guide", it["guide"], GUIDE_PROPS):
                for k, v in it["guide"].items():
                    text(f"{w}.guide.{k}", v, need_en=False)
            # form
            form = it["form"]
            top = {}
            if props(w + ".form", form, FORM_PROPS, ("fields",)):
                expanded = []
                for tid in form.get("templates", []):
                    used_templates[tid] += 1
                    if tid not in templates:
                        err(w, f"unknown template {tid!r}")
                    else:
                        expanded += json.loads(json.dumps(templates[tid]))
                expanded += json.loads(json.dumps(form["fields"]))
                top = check_fields(w + ".form", expanded)
                check_form_semantics(w + ".form", top)
                for k, f in top.items():
                    key_kinds[k][f["kind"]] += 1
                strip(expanded)
                if not form["fields"] and not form.get("templates"):
                    warn(w, "empty form")
                sig = json.dumps(form, sort_keys=True, ensure_ascii=False)
                if form["fields"]:
                    form_sigs[sig].append(code)
            forms[code] = top
            # materials
            mats = it["materials"]
            if not mats:
                err(w, "needs materials")
            seen = set()
            for j, m in enumerate(mats):
                mw = f"{w}.materials[{m.get('code', j)}]"
                if not props(mw, m, MAT_PROPS, {"code", "name", "form", "copies", "required"}):
                    continue
                if not MAT_RE.match(m["code"]):
                    err(mw, "bad material code")
                if m["code"] in seen:
                    err(mw, "duplicate material code")
                seen.add(m["code"])
                text(mw + ".name", m["name"])
                if "note" in m:
                    text(mw + ".note", m["note"], need_en=False)
                if m["form"] not in ("original", "copy", "originalAndCopy", "electronic"):
                    err(mw, f"bad form {m['form']!r}")
                if not isinstance(m["copies"], int) or m["copies"] < 1:
                    err(mw, "copies must be >= 1")
                for b in ("required", "eLicense", "commitment"):
                    if b in m and not isinstance(m[b], bool):
                        err(mw, f"{b} must be boolean")
                if m.get("requiredWhen"):
                    if m["required"]:
                        err(mw, "requiredWhen needs required false")
                    cond_refs(mw + ".requiredWhen", m["requiredWhen"], top)
            per_dept[it["department"]] += 1
            kinds[it["kind"]] += 1

    for sig, codes in form_sigs.items():
        if len(codes) > 1:
            warn("forms", f"identical forms in {', '.join(codes)}")
    for k, c in key_kinds.items():
        if len(c) > 1:
            warn("keys", f"key {k!r} has different kinds across items: {dict(c)}")
    for tid in templates:
        if not used_templates[tid]:
            warn("templates.json", f"template {tid!r} is never used")
    for d in depts:
        if not per_dept[d]:
            warn("departments.json", f"department {d!r} has no items")

    bundles = []
    bpath = os.path.join(DIR, "bundles.json")
    if os.path.exists(bpath):
        bj = load(bpath)
        if bj is not None and props("bundles.json", bj, {"bundles"}, ("bundles",)):
            bcodes = set()
            for i, b in enumerate(bj["bundles"]):
                w = f"bundles.json · {b.get('code', i)}"
                if not props(w, b, BUNDLE_PROPS, BUNDLE_PROPS):
                    continue
                if not CODE_RE.match(b["code"]):
                    err(w, "bad bundle code")
                if b["code"] in bcodes or b["code"] in items:
                    err(w, "duplicate code")
                bcodes.add(b["code"])
                text(w + ".name", b["name"])
                if not b["keywords"]:
                    err(w, "needs keywords")
                parts = b["parts"]
                if len(parts) < 2:
                    err(w, "a bundle needs at least two parts")
                if len(parts) != len(set(parts)):
                    err(w, "duplicate parts")
                seen_kind, seen_mat = {}, {}
                depts_in = set()
                for p in parts:
                    if p not in items:
                        err(w, f"unknown part {p!r}")
                        continue
                    depts_in.add(items[p]["department"])
                    if depts[items[p]["department"]]["window"] == "police":
                        warn(w, f"part {p} is a police-window item")
                    for k, f in forms[p].items():
                        if f["kind"] == "section":
                            continue
                        if k in seen_kind and f["kind"] in OPTION_KINDS and seen_kind[k][0] == f["kind"]:
                            a = [o["value"] for o in seen_kind[k][2].get("options", [])]
                            b = [o["value"] for o in f.get("options", [])]
                            if a != b:
                                warn(w, f"key {k!r} has different options in {seen_kind[k][1]} and {p}")
                        if k in seen_kind and seen_kind[k][0] != f["kind"]:
                            err(w, f"key {k!r} is {seen_kind[k][0]} in {seen_kind[k][1]} but {f['kind']} in {p}")
                        seen_kind.setdefault(k, (f["kind"], p, f))
                    for m in items[p]["materials"]:
                        prev = seen_mat.get(m["code"])
                        if prev and prev[0] != m["name"]["zh"]:
                            warn(w, f"material {m['code']!r} named differently in {prev[1]} and {p}")
                        seen_mat.setdefault(m["code"], (m["name"]["zh"], p))
                if len(depts_in) < 2:
                    warn(w, "all parts come from one department")
                bundles.append(b)

    for e in errors:
        print("ERROR  ", e)
    for x in warnings:
        print("warning", x)
    print()
    print(f"departments: {len(depts)}   items: {len(items)}   instant: {kinds['instant']}   "
          f"promised: {kinds['promised']}   templates: {len(templates)}   bundles: {len(bundles)}")
    print("items per department: " + ", ".join(f"{d}={per_dept[d]}" for d in depts if per_dept[d]))
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
