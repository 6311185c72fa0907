"""Departments, shared option lists and reusable form templates."""
from lib import *

DEPARTMENTS = [
    # code, zh, en, window, order, item-code prefix
    ("rs", "人力社保", "Human Resources and Social Security", "comprehensive", 10, "RS"),
    ("yb", "医疗保障", "Medical Security", "comprehensive", 20, "YB"),
    ("mz", "民政", "Civil Affairs", "comprehensive", 30, "MZ"),
    ("wj", "卫生健康", "Health", "comprehensive", 40, "WJ"),
    ("cl", "残联", "Disabled Persons' Federation", "comprehensive", 50, "CL"),
    ("tj", "退役军人事务", "Veterans Affairs", "comprehensive", 60, "TJ"),
    ("rw", "人民武装", "People's Armed Forces Department", "comprehensive", 65, "RW"),
    ("nn", "农业农村", "Agriculture and Rural Affairs", "comprehensive", 70, "NN"),
    ("zr", "自然资源", "Natural Resources", "comprehensive", 80, "ZR"),
    ("zj", "住房城乡建设", "Housing and Urban-Rural Development", "comprehensive", 90, "ZJ"),
    ("ly", "林业", "Forestry", "comprehensive", 95, "LY"),
    ("sl", "水利", "Water Resources", "comprehensive", 97, "SL"),
    ("sj", "市场监管", "Market Regulation", "comprehensive", 100, "SJ"),
    ("sw", "税务", "Taxation", "comprehensive", 110, "SW"),
    ("gjj", "住房公积金", "Housing Provident Fund", "comprehensive", 120, "GJJ"),
    ("sf", "司法", "Justice", "comprehensive", 130, "SF"),
    ("jy", "教育", "Education", "comprehensive", 140, "JY"),
    ("yj", "应急管理", "Emergency Management", "comprehensive", 150, "YJ"),
    ("wl", "文化和旅游", "Culture and Tourism", "comprehensive", 160, "WL"),
    ("jt", "交通运输", "Transport", "comprehensive", 170, "JT"),
    ("gh", "工会", "Trade Union", "comprehensive", 180, "GH"),
    ("fl", "妇联", "Women's Federation", "comprehensive", 185, "FL"),
    ("gy", "公用事业（水电气网）", "Utilities (water, power, gas, network)", "comprehensive", 190, "GY"),
    ("ga", "公安", "Public Security (police registration counter)", "police", 200, "GA"),
]

for _c, _zh, _en, _w, _o, _p in DEPARTMENTS:
    register_prefix(_p, _c)

# ---------------------------------------------------------------- option lists

RELATION = O("self|本人|Self", "spouse|配偶|Spouse", "child|子女|Child", "parent|父母|Parent",
             "sibling|兄弟姐妹|Sibling", "grandparent|祖父母、外祖父母|Grandparent",
             "grandchild|孙子女、外孙子女|Grandchild", "childInLaw|儿媳、女婿|Child-in-law",
             "other|其他|Other")

KIN = O("spouse|配偶|Spouse", "child|子女|Child", "parent|父母|Parent", "sibling|兄弟姐妹|Sibling",
        "grandchild|孙子女、外孙子女|Grandchild", "other|其他法定继承人|Other legal heir")

MEMBER_STATUS = O("employed|在职|Employed", "farming|务农|Farming", "flexible|灵活就业|Flexible employment",
                  "unemployed|失业|Unemployed", "retired|退休|Retired", "student|在校学生|Student",
                  "preschool|学龄前|Pre-school child", "disabledNoWork|重残或丧失劳动能力|Severely disabled or unable to work",
                  "seriousIllness|重病|Serious illness", "other|其他|Other")

BANKS = O("abc|中国农业银行|Agricultural Bank of China", "rcb|农村商业银行（农信社）|Rural commercial bank (rural credit co-op)",
          "psbc|中国邮政储蓄银行|Postal Savings Bank of China", "icbc|中国工商银行|ICBC",
          "ccb|中国建设银行|China Construction Bank", "boc|中国银行|Bank of China",
          "bocom|交通银行|Bank of Communications", "other|其他银行|Other bank")

DISABILITY_CATEGORY = O("visual|视力残疾|Visual", "hearing|听力残疾|Hearing", "speech|言语残疾|Speech",
                        "physical|肢体残疾|Physical", "intellectual|智力残疾|Intellectual",
                        "mental|精神残疾|Mental", "multiple|多重残疾|Multiple")

DISABILITY_LEVEL = O("1|一级|Grade 1", "2|二级|Grade 2", "3|三级|Grade 3", "4|四级|Grade 4")

EDUCATION = O("none|未上过学|No schooling", "primary|小学|Primary school", "junior|初中|Junior secondary",
              "senior|高中、中专、技校|Senior secondary or vocational", "college|大专|Junior college",
              "bachelor|本科|Bachelor", "postgraduate|研究生|Postgraduate")

SEX = O("male|男|Male", "female|女|Female")

# ---------------------------------------------------------------- templates

TEMPLATES = [
    {"id": "household-members", "fields": [
        group("members", "共同生活家庭成员（含申请人本人）", "Household members living together (including the applicant)", [
            text("name", "姓名", "Name", True, maxLength=30),
            sel("relation", "与申请人关系", "Relation to applicant", RELATION, True),
            rid("idNumber", "公民身份号码", "Resident ID number", True),
            sel("status", "就业/身体状况", "Occupation or condition", MEMBER_STATUS, True),
            money("monthlyIncome", "月收入（元）", "Monthly income (CNY)", True, max=1000000,
                  help=("近12个月平均月收入，含工资、经营、财产性收入，无收入填0",
                        "Average of the last 12 months: wages, business and property income; 0 if none")),
        ], minRows=1, maxRows=12, req=True),
        comp("householdSize", "家庭人口数", "Household size", "count", "members"),
        comp("householdMonthlyIncome", "家庭月总收入（元）", "Household monthly income (CNY)", "sum", "members.monthlyIncome"),
        comp("perCapitaMonthlyIncome", "家庭月人均收入（元）", "Monthly income per person (CNY)", "divide",
             "householdMonthlyIncome", by="householdSize"),
    ]},
    {"id": "bank-account", "fields": [
        sec("bankSection", "资金发放账户", "Payment account"),
        sel("bankName", "开户银行", "Bank", BANKS, True),
        text("bankNameOther", "其他银行名称", "Other bank name", maxLength=40,
             vis=eq("bankName", "other"), rw=eq("bankName", "other")),
        text("bankAccountNo", "银行账号（社会保障卡金融账号）", "Account number (or social security card bank account)", True,
             pattern=r"^\d{12,25}$", patternMessage=t("银行账号为12至25位数字", "The account number has 12 to 25 digits")),
        text("accountHolder", "账户户名", "Account holder", True, maxLength=30,
             help=("须与领取人姓名一致", "Must be the recipient's own name")),
    ]},
    {"id": "deceased-person", "fields": [
        sec("deceasedSection", "逝者信息", "Deceased person"),
        text("deceasedName", "逝者姓名", "Name of the deceased", True, maxLength=30),
        rid("deceasedId", "逝者公民身份号码", "Resident ID number of the deceased", True),
        past("deathDate", "死亡日期", "Date of death", True),
        sel("deathCause", "死亡原因", "Cause of death", O(
            "illness|因病死亡|Illness", "accident|非因工意外死亡|Accident (not work-related)",
            "workInjury|因工死亡|Work-related death", "declared|宣告死亡|Declared dead by a court",
            "other|其他|Other"), True),
        sel("relationToDeceased", "申请人与逝者关系", "Applicant's relation to the deceased", KIN, True),
    ]},
    {"id": "business-premises", "fields": [
        sec("premisesSection", "经营场所", "Business premises"),
        addr("premisesAddress", "经营场所地址", "Premises address", True,
             help=("写明乡镇（街道）、村（社区）及门牌号", "Township, village or community and house number")),
        radio("premisesOwnership", "场所使用方式", "Right to use the premises", O(
            "own|自有房产|Own property", "lease|租赁|Leased", "free|无偿使用|Used free of charge"), True),
        date("leaseEndDate", "租赁到期日", "Lease end date", minDate="today",
             vis=eq("premisesOwnership", "lease"), rw=eq("premisesOwnership", "lease")),
        num("premisesArea", "场所面积（平方米）", "Floor area (m²)", True, min=1, max=100000),
        chk("residentialUse", "利用住宅作为经营场所（住改商）", "Residential premises used for business"),
    ]},
    {"id": "contact-person", "fields": [
        sec("contactSection", "联系人", "Contact person"),
        text("contactName", "联系人姓名", "Contact name", True, maxLength=30),
        mob("contactMobile", "联系人手机号码", "Contact mobile number", True),
        sel("contactRelation", "联系人与申请人关系", "Contact's relation to the applicant", O(
            "self|本人|Self", "family|家属|Family member", "agent|委托代理人|Authorised agent",
            "villageCadre|村（社区）代办员|Village proxy clerk"), True),
    ]},
    {"id": "guardian", "fields": [
        sec("guardianSection", "监护人", "Guardian"),
        text("guardianName", "监护人姓名", "Guardian name", True, maxLength=30),
        rid("guardianId", "监护人公民身份号码", "Guardian resident ID number", True),
        sel("guardianRelation", "监护人与被监护人关系", "Guardian's relation to the ward", O(
            "parent|父母|Parent", "grandparent|祖父母、外祖父母|Grandparent", "sibling|成年兄弟姐妹|Adult sibling",
            "spouse|配偶|Spouse", "child|成年子女|Adult child", "other|其他依法指定监护人|Other appointed guardian"), True),
        mob("guardianMobile", "监护人手机号码", "Guardian mobile number", True),
    ]},
    {"id": "newborn", "fields": [
        sec("newbornSection", "新生儿信息", "Newborn"),
        text("babyName", "新生儿姓名", "Newborn's name", True, maxLength=30),
        radio("babySex", "性别", "Sex", SEX, True),
        past("babyBirthDate", "出生日期", "Date of birth", True),
        text("birthCertNo", "出生医学证明编号", "Medical birth certificate number", True,
             pattern=r"^[A-Z]\d{9}$", patternMessage=t("编号为1位大写字母加9位数字", "One capital letter followed by 9 digits")),
        rid("fatherId", "父亲公民身份号码", "Father's resident ID number"),
        rid("motherId", "母亲公民身份号码", "Mother's resident ID number", True),
    ]},
    {"id": "spouse", "fields": [
        sec("spouseSection", "配偶信息", "Spouse"),
        text("spouseName", "配偶姓名", "Spouse's name", True, maxLength=30),
        rid("spouseId", "配偶公民身份号码", "Spouse's resident ID number", True),
    ]},
    {"id": "disability-cert", "fields": [
        sec("disabilitySection", "残疾人证信息", "Disability certificate"),
        text("disabilityCertNo", "残疾人证号", "Disability certificate number", False,
             help=("第二代证号可由身份证号与类别、等级自动生成；与残疾人证新办同时申请时免填",
                   "Derived from the ID number, category and grade; leave empty when applying together with a new certificate"),
             pattern=r"^\d{17}[\dX][1-7][1-4](B\d)?$",
             patternMessage=t("第二代残疾人证号为身份证号加残疾类别和等级代码，共20位",
                              "Second-generation number: ID number plus category and grade digits (20 characters)")),
        sel("disabilityCategory", "残疾类别", "Disability category", DISABILITY_CATEGORY, True),
        sel("disabilityLevel", "残疾等级", "Disability grade", DISABILITY_LEVEL, True),
    ]},
    {"id": "veteran-service", "fields": [
        sec("veteranSection", "服役信息", "Military service"),
        sel("veteranCategory", "退役类别", "Type of discharge", O(
            "conscript|退役义务兵|Discharged conscript", "nco|退役士官|Discharged NCO",
            "transferredOfficer|转业军官|Transferred officer", "demobilisedCadre|复员干部|Demobilised cadre",
            "retiredOfficer|退休军官|Retired officer", "other|其他|Other"), True),
        past("enlistDate", "入伍时间", "Date of enlistment", True),
        past("dischargeDate", "退役时间", "Date of discharge", True),
        text("dischargeCertNo", "退役证件编号", "Discharge document number", maxLength=30),
    ]},
    {"id": "medical-expenses", "fields": [
        group("expenses", "就医费用", "Medical expenses", [
            text("hospitalName", "就诊医疗机构", "Hospital or clinic", True, maxLength=60),
            radio("treatmentType", "就诊类型", "Type of treatment", O(
                "inpatient|住院|Inpatient", "outpatient|门诊|Outpatient"), True),
            past("treatmentStart", "就诊（入院）日期", "Treatment or admission date", True),
            past("treatmentEnd", "出院日期", "Discharge date", vis=eq("treatmentType", "inpatient"),
                 rw=eq("treatmentType", "inpatient")),
            money("totalCost", "医疗总费用（元）", "Total cost (CNY)", True),
            money("selfPaid", "个人自付费用（元）", "Out-of-pocket amount (CNY)", True),
        ], minRows=1, maxRows=20, req=True),
        comp("medicalTotalCost", "医疗总费用合计（元）", "Total medical cost (CNY)", "sum", "expenses.totalCost"),
        comp("medicalSelfPaid", "个人自付合计（元）", "Total out-of-pocket (CNY)", "sum", "expenses.selfPaid"),
    ]},
    {"id": "rural-house-plan", "fields": [
        sec("housePlanSection", "建房信息", "House building plan"),
        radio("buildType", "建房类型", "Type of building", O(
            "new|新建|New house", "rebuild|原址翻建|Rebuild on the same site", "expand|改扩建|Alteration or extension"), True),
        addr("siteAddress", "拟建房屋位置", "Building site", True),
        sel("landType", "用地类型", "Land type", O(
            "oldHomestead|原有宅基地|Existing homestead", "villageLand|村内空闲地|Vacant land in the village",
            "farmland|农用地（需办理农转用）|Agricultural land (conversion needed)",
            "unused|未利用地|Unused land"), True),
        num("siteArea", "宅基地面积（平方米）", "Homestead area (m²)", True, min=1, max=200,
            help=("浙江省规定每户宅基地面积：使用耕地的最高不超过125平方米，使用其他土地的不超过140平方米，山区有条件利用荒地的不超过160平方米",
                  "Zhejiang limits: up to 125 m² on farmland, 140 m² on other land, 160 m² on waste land in mountain areas")),
        num("floorArea", "建筑面积（平方米）", "Floor area (m²)", True, min=1, max=1000),
        num("floors", "层数", "Storeys", True, min=1, max=4),
        num("buildingHeight", "建筑高度（米）", "Building height (m)", True, min=1, max=20),
    ]},
]

TEMPLATE_IDS = {x["id"] for x in TEMPLATES}


def DECL():
    return chk("declaration", "本人承诺所填信息和所交材料真实有效，如有虚假，愿承担相应法律责任",
               "I declare that the information and materials are true; I accept legal liability for any false statement", True)


def AUTH():
    return chk("authoriseCheck", "同意授权核对本人及共同生活家庭成员的收入、财产状况",
               "I authorise a check of the income and assets of my household", True)


def ASSETS():
    """Housing, vehicle and savings declarations used by the social-assistance family of items."""
    return [
        sec("assetSection", "家庭财产申报", "Household assets"),
        num("housingCount", "家庭拥有房屋套数", "Number of homes owned", True, min=0, max=20),
        num("housingArea", "房屋总建筑面积（平方米）", "Total floor area of homes (m²)", min=0, max=5000,
            vis={"field": "housingCount", "notEmpty": True}),
        yn("hasVehicle", "是否拥有机动车辆（残疾人功能性补偿代步机动车辆除外）", "Owns a motor vehicle (except a disability mobility vehicle)"),
        money("vehicleValue", "车辆估值（元）", "Vehicle value (CNY)", vis=eq("hasVehicle", "yes"), rw=eq("hasVehicle", "yes")),
        money("financialAssets", "家庭存款及有价证券合计（元）", "Savings and securities in total (CNY)", True),
        yn("hasBusiness", "家庭成员是否登记有个体工商户或企业", "A household member owns a sole proprietorship or company"),
    ]
