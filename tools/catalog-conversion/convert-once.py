#!/usr/bin/env python3
"""One-off conversion (issue 12): full materials in items/*.json -> shared materials.json + references.
Run from the repository root. Reads and rewrites seed-data/catalog in place."""
import json, glob, collections, os, sys

ROOT = 'seed-data/catalog'
WIDTH = 130
MAT_KEYS = ['code', 'name', 'form', 'copies', 'required', 'requiredWhen', 'eLicense', 'commitment', 'note']
MAT_DEFAULTS = {'copies': 1, 'requiredWhen': None, 'eLicense': False, 'commitment': False}
ITEM_KEYS = ['code', 'name', 'department', 'routeTo', 'kind', 'promisedDays', 'statutoryDays', 'applicant', 'keywords',
             'aliases', 'fees', 'legalBasis', 'guide', 'materials', 'form']
FIELD_KEYS = ['key', 'kind', 'label', 'help', 'required', 'min', 'max', 'minDate', 'maxDate', 'minLength', 'maxLength',
              'pattern', 'patternMessage', 'options', 'visibleWhen', 'requiredWhen', 'fields', 'minRows', 'maxRows', 'compute']


def dump(value, indent, column):
    """Compact where a value fits on its line, expanded otherwise; keys in the order given."""
    flat = dump_flat(value)
    if not isinstance(value, (dict, list)) or not value or column + len(flat) <= WIDTH:
        return flat
    pad = ' ' * (indent + 2)
    if isinstance(value, list):
        inner = [pad + dump(v, indent + 2, indent + 2) for v in value]
        return '[\n' + ',\n'.join(inner) + '\n' + ' ' * indent + ']'
    inner = []
    for k, v in value.items():
        head = pad + json.dumps(k, ensure_ascii=False) + ': '
        inner.append(head + dump(v, indent + 2, len(head)))
    return '{\n' + ',\n'.join(inner) + '\n' + ' ' * indent + '}'


def dump_flat(v):
    if isinstance(v, dict):
        return '{ ' + ', '.join(json.dumps(k, ensure_ascii=False) + ': ' + dump_flat(x) for k, x in v.items()) + ' }' if v else '{}'
    if isinstance(v, list):
        return '[' + ', '.join(dump_flat(x) for x in v) + ']'
    return json.dumps(v, ensure_ascii=False)


def ordered(d, keys):
    extra = [k for k in d if k not in keys]
    assert not extra, extra
    return {k: d[k] for k in keys if k in d}


def clean_field(f):
    f = dict(f)
    if f.get('required') is False:
        del f['required']
    for k in ('help', 'visibleWhen', 'requiredWhen', 'patternMessage'):
        if k in f and f[k] is None:
            del f[k]
    if 'fields' in f:
        f['fields'] = [clean_field(x) for x in f['fields']]
    return ordered(f, FIELD_KEYS)


def clean_material(m):
    m = {k: v for k, v in m.items() if not (k in MAT_DEFAULTS and v == MAT_DEFAULTS[k]) and not (k == 'note' and v is None)}
    return ordered(m, MAT_KEYS)


def main():
    files = sorted(glob.glob(f'{ROOT}/items/*.json'))
    docs = {f: json.load(open(f, encoding='utf-8')) for f in files}
    usage = collections.defaultdict(list)
    for f in files:
        for item in docs[f]['items']:
            for m in item['materials']:
                usage[m['code']].append(clean_material(m))
    shared = {}
    for code, uses in usage.items():
        if len(uses) < 2:
            continue
        base = {'code': code}
        for key in MAT_KEYS[1:]:
            if key == 'requiredWhen':
                continue
            values = collections.Counter(json.dumps(u.get(key), ensure_ascii=False) for u in uses)
            best = json.loads(values.most_common(1)[0][0])
            if best is None:
                continue
            if key in MAT_DEFAULTS and best == MAT_DEFAULTS[key]:
                continue
            base[key] = best
        shared[code] = ordered(base, MAT_KEYS)

    def reference(m):
        base = shared[m['code']]
        over = {'use': m['code']}
        for key in MAT_KEYS[1:]:
            mine = m.get(key, MAT_DEFAULTS.get(key))
            theirs = base.get(key, MAT_DEFAULTS.get(key))
            if mine != theirs:
                over[key] = mine
        return m['code'] if len(over) == 1 else over

    for f in files:
        items = []
        for item in docs[f]['items']:
            item = dict(item)
            if item.get('routeTo') == item['department']:
                del item['routeTo']
            if item.get('statutoryDays', 0) is None:
                del item['statutoryDays']
            for k in ('keywords', 'aliases', 'legalBasis'):
                if item.get(k) == []:
                    del item[k]
            if item.get('guide') is None:
                item.pop('guide', None)
            item['materials'] = [reference(clean_material(m)) if m['code'] in shared else clean_material(m) for m in item['materials']]
            form = {}
            if item['form'].get('templates'):
                form['templates'] = item['form']['templates']
            if item['form'].get('fields'):
                form['fields'] = [clean_field(x) for x in item['form']['fields']]
            item['form'] = form
            items.append(ordered(item, ITEM_KEYS))
        write(f, {'items': items})

    ordered_shared = sorted(shared.values(), key=lambda m: m['code'])
    write(f'{ROOT}/materials.json', {'materials': ordered_shared})
    templates = json.load(open(f'{ROOT}/templates.json', encoding='utf-8'))
    write(f'{ROOT}/templates.json', {'templates': [{'id': t['id'], 'fields': [clean_field(x) for x in t['fields']]} for t in templates['templates']]})
    for name in ('departments.json', 'bundles.json'):
        write(f'{ROOT}/{name}', json.load(open(f'{ROOT}/{name}', encoding='utf-8')))
    print(f'{len(shared)} shared materials; {sum(len(u) for c, u in usage.items() if c in shared)} references')


def write(path, doc):
    (key, values), = doc.items()
    body = ',\n'.join('    ' + dump(v, 4, 4) for v in values)
    text = '{\n  ' + json.dumps(key) + ': [\n' + body + '\n  ]\n}\n'
    assert json.loads(text) == doc
    open(path, 'w', encoding='utf-8').write(text)


main()
