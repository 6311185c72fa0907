"""Authoring helpers for the ClerkStation catalog (seed-data/catalog).

The department modules in tools/catalog/depts/ describe items compactly with these helpers;
build.py turns them into the JSON files the loader reads (format: docs/catalog-format.md).
Every helper returns plain dicts whose property names are exactly the contract's.
"""

# ---------------------------------------------------------------- text


def t(zh, en):
    return {"zh": zh, "en": en}


FREE = t("不收费", "Free of charge")

# ---------------------------------------------------------------- conditions


def eq(field, value):
    return {"field": field, "equals": value}


def isin(field, values):
    return {"field": field, "in": list(values)}


def filled(field):
    return {"field": field, "notEmpty": True}


def checked(field):
    return {"field": field, "equals": "true"}


def ALL(*c):
    return {"all": list(c)}


def ANY(*c):
    return {"any": list(c)}


# ---------------------------------------------------------------- options


def O(*specs):
    """O("spouse|配偶|Spouse", ...) -> option list."""
    out = []
    for s in specs:
        v, zh, en = s.split("|")
        out.append({"value": v, "label": t(zh, en)})
    return out


YESNO = O("yes|是|Yes", "no|否|No")

# ---------------------------------------------------------------- fields

_ORDER = ["key", "kind", "label", "help", "required", "options", "min", "max", "minDate", "maxDate",
          "minLength", "maxLength", "pattern", "patternMessage", "visibleWhen", "requiredWhen",
          "fields", "minRows", "maxRows", "compute"]


def _field(kind, key, zh, en, req=False, help=None, opts=None, vis=None, rw=None, **kw):
    d = {"key": key, "kind": kind, "label": t(zh, en)}
    if help:
        d["help"] = t(*help) if isinstance(help, tuple) else help
    if kind not in ("section", "computed"):
        d["required"] = bool(req)
    if opts is not None:
        d["options"] = opts
    if vis:
        d["visibleWhen"] = vis
    if rw:
        d["requiredWhen"] = rw
    for k, v in kw.items():
        d[k] = v
    return {k: d[k] for k in _ORDER if k in d}


def text(key, zh, en, req=False, **kw):
    return _field("text", key, zh, en, req, **kw)


def area(key, zh, en, req=False, maxLength=500, **kw):
    return _field("textarea", key, zh, en, req, maxLength=maxLength, **kw)


def num(key, zh, en, req=False, **kw):
    return _field("number", key, zh, en, req, **kw)


def money(key, zh, en, req=False, min=0, max=10000000, **kw):
    return _field("money", key, zh, en, req, min=min, max=max, **kw)


def date(key, zh, en, req=False, **kw):
    return _field("date", key, zh, en, req, **kw)


def past(key, zh, en, req=False, **kw):
    """A date that cannot lie in the future."""
    return _field("date", key, zh, en, req, maxDate="today", **kw)


def sel(key, zh, en, opts, req=False, **kw):
    return _field("select", key, zh, en, req, opts=opts, **kw)


def radio(key, zh, en, opts, req=False, **kw):
    return _field("radio", key, zh, en, req, opts=opts, **kw)


def yn(key, zh, en, req=True, **kw):
    return _field("radio", key, zh, en, req, opts=YESNO, **kw)


def chk(key, zh, en, req=False, **kw):
    return _field("checkbox", key, zh, en, req, **kw)


def multi(key, zh, en, opts, req=False, **kw):
    return _field("multiselect", key, zh, en, req, opts=opts, **kw)


def rid(key, zh, en, req=False, **kw):
    return _field("residentId", key, zh, en, req, **kw)


def ccode(key, zh, en, req=False, **kw):
    return _field("creditCode", key, zh, en, req, **kw)


def mob(key, zh, en, req=False, **kw):
    return _field("mobile", key, zh, en, req, **kw)


def addr(key, zh, en, req=False, maxLength=200, **kw):
    return _field("address", key, zh, en, req, maxLength=maxLength, **kw)


def group(key, zh, en, fields, minRows=1, maxRows=10, req=False, **kw):
    return _field("group", key, zh, en, req, fields=fields, minRows=minRows, maxRows=maxRows, **kw)


def sec(key, zh, en, **kw):
    return _field("section", key, zh, en, **kw)


def comp(key, zh, en, op, of, by=None, **kw):
    c = {"op": op, "of": of}
    if by:
        c["by"] = by
    return _field("computed", key, zh, en, compute=c, **kw)


# ---------------------------------------------------------------- materials

# code: (zh, en, form, eLicense, commitment, note_zh, note_en)
MATERIALS = {
    "id-card": ("居民身份证", "Resident ID card", "original", False, False,
                "现场读卡核验，不留存复印件", "Checked with the card reader; no copy kept"),
    "id-or-ssc": ("居民身份证或社会保障卡", "Resident ID card or social security card", "original", False, False,
                  "任选其一现场核验", "Either one, checked at the counter"),
    "ssc": ("社会保障卡", "Social security card", "original", True, False,
            "可出示电子社保卡", "The electronic social security card is accepted"),
    "household-register": ("居民户口簿", "Household register (hukou booklet)", "original", True, False,
                           "可通过数据共享免交", "Can be fetched through data sharing"),
    "marriage-cert": ("结婚证", "Marriage certificate", "original", True, False,
                      "可通过数据共享免交", "Can be fetched through data sharing"),
    "photo": ("近期免冠彩色证件照（白底）", "Recent bareheaded colour ID photo (white background)", "original", False, False,
              "可现场采集", "Can be taken at the counter"),
    "bank-card": ("本人银行卡或社会保障卡（金融账户）", "Own bank card or social security card with bank account",
                  "original", False, False, "用于核对发放账户，须为本人名下一类账户", "Used to verify the payment account; must be a Class I account in the applicant's name"),
    "disability-cert": ("中华人民共和国残疾人证（第二代）", "Disability certificate of the PRC (second generation)", "original", True, False,
                        "可通过数据共享免交", "Can be fetched through data sharing"),
    "hardship-proof": ("困难身份证明（低保、低保边缘、特困供养等）", "Proof of hardship status (minimum living allowance, marginal household, destitute support …)",
                       "original", True, False, "民政数据共享核验，免交纸质证明", "Verified through civil-affairs data sharing; no paper proof needed"),
    "death-cert": ("居民死亡医学证明（推断）书", "Medical certificate of death", "original", True, False,
                   "医院或卫生院出具，可数据共享", "Issued by the hospital or health centre; can be fetched through data sharing"),
    "cremation-cert": ("火化证明", "Cremation certificate", "original", True, False,
                       "殡仪馆出具，可数据共享", "Issued by the funeral home; can be fetched through data sharing"),
    "hukou-cancel": ("户口注销证明", "Household registration cancellation record", "original", True, False,
                     "公安数据共享核验", "Verified through police data sharing"),
    "kinship-proof": ("亲属关系证明", "Proof of family relationship", "original", False, True,
                      "户口簿、结婚证、出生医学证明等可证明关系的材料，无法提供的可签署告知承诺书",
                      "Household register, marriage or birth certificate; a signed commitment may replace it"),
    "business-licence": ("营业执照", "Business licence", "original", True, False,
                         "可通过电子营业执照核验", "Can be verified through the electronic business licence"),
    "birth-med-cert": ("出生医学证明", "Medical birth certificate", "original", True, False,
                       "助产机构签发，可数据共享", "Issued by the maternity hospital; can be fetched through data sharing"),
    "medical-invoice": ("医疗费用收费票据", "Medical fee receipts", "original", False, False,
                        "电子票据可打印后提交", "Electronic receipts may be printed"),
    "expense-list": ("医疗费用明细清单", "Itemised medical expense list", "original", False, False, None, None),
    "discharge-summary": ("出院小结（出院记录）", "Hospital discharge summary", "copy", False, False, None, None),
    "medical-record": ("病历或医院诊断证明", "Medical records or hospital diagnosis certificate", "copy", False, False,
                       "二级及以上医疗机构出具", "Issued by a grade II or higher hospital"),
    "veteran-cert": ("退役证件（退伍证、转业证、复员证或退役证明）", "Discharge document (demobilisation, transfer or discharge certificate)",
                     "original", False, False, None, None),
    "social-aid-form": ("《浙江省社会救助申请表》", "Zhejiang social assistance application form", "original", False, False,
                        "窗口提供或系统打印，申请人签字", "Provided at the window or printed by the system; signed by the applicant"),
    "check-authorisation": ("《家庭经济状况核对授权书》", "Household financial check authorisation", "original", False, False,
                            "共同生活的成年家庭成员均须签字", "Signed by every adult household member living together"),
    "minor-guardian-id": ("监护人居民身份证", "Guardian's resident ID card", "original", False, False, None, None),
    "land-contract": ("农村土地承包合同或土地承包经营权证", "Rural land contract or land contracting rights certificate", "original", True, False,
                      "已确权颁证的可数据共享", "Can be fetched once rights have been registered"),
    "residence-proof": ("合法稳定住所证明（房屋权属证明或租赁合同）", "Proof of lawful stable residence (title deed or lease)", "copy", False, True,
                        "可签署告知承诺书", "A signed commitment may replace it"),
    "realty-cert": ("不动产权证书（或房屋所有权证）", "Real-estate title certificate (or house ownership certificate)", "original", True, False,
                    "可数据共享核验", "Can be verified through data sharing"),
    "homestead-approval": ("农村宅基地批准书", "Rural homestead approval certificate", "original", True, False,
                           "可数据共享核验", "Can be verified through data sharing"),
    "retire-proof": ("退休证明（退休审批表或退休证）", "Proof of retirement (retirement approval form or certificate)", "original", True, False,
                     "人社数据共享核验", "Verified through HR & social security data sharing"),
    "health-cert": ("从业人员健康证明", "Food-handler health certificates", "copy", True, False,
                    "可数据共享核验", "Can be verified through data sharing"),
    "residence-permit": ("浙江省居住证", "Zhejiang residence permit", "original", True, False, None, None),
}


def mat(code, required=True, when=None, form=None, copies=1, el=None, cm=None, note=None, name=None):
    """A material from the shared library, with per-item overrides."""
    zh, en, dform, del_, dcm, nzh, nen = MATERIALS[code]
    if name:
        zh, en = name
    d = {"code": code, "name": t(zh, en), "form": form or dform, "copies": copies,
         "required": bool(required) and when is None, "requiredWhen": when,
         "eLicense": del_ if el is None else el, "commitment": dcm if cm is None else cm}
    if note:
        d["note"] = t(*note)
    elif nzh:
        d["note"] = t(nzh, nen)
    return d


def matx(code, zh, en, form="original", copies=1, required=True, when=None, el=False, cm=False, note=None):
    """An item-specific material."""
    d = {"code": code, "name": t(zh, en), "form": form, "copies": copies,
         "required": bool(required) and when is None, "requiredWhen": when, "eLicense": el, "commitment": cm}
    if note:
        d["note"] = t(*note)
    return d


def opt(m):
    """Make a material optional (required false, no condition)."""
    m = dict(m)
    m["required"] = False
    m["requiredWhen"] = None
    return m


# ---------------------------------------------------------------- items

_DEPT_OF_PREFIX = {}


def register_prefix(prefix, dept):
    _DEPT_OF_PREFIX[prefix] = dept


def item(code, zh, en, pd, sd, app, kw, mats, fields=(), tpl=(), al=(), law=(), cond=None, notes=None,
         fees=None, route=None, dept=None):
    prefix = code.split("-")[0]
    dept = dept or _DEPT_OF_PREFIX[prefix]
    d = {
        "code": code,
        "name": t(zh, en),
        "department": dept,
        "routeTo": route or dept,
        "kind": "instant" if pd == 0 else "promised",
        "promisedDays": pd,
        "statutoryDays": sd,
        "applicant": app,
        "keywords": list(kw),
        "aliases": list(al),
        "fees": fees or FREE,
        "legalBasis": list(law),
    }
    if cond or notes:
        g = {}
        if cond:
            g["conditions"] = t(*cond)
        if notes:
            g["notes"] = t(*notes)
        d["guide"] = g
    d["materials"] = list(mats)
    d["form"] = {"templates": list(tpl), "fields": list(fields)}
    return d
