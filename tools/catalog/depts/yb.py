"""医疗保障 Medical Security."""
from common import *

SIL = "《中华人民共和国社会保险法》"
FUND = "《医疗保障基金使用监督管理条例》"
AID = "《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）"
TRANSFER = "《基本医疗保险关系转移接续暂行办法》（医保发〔2021〕43号）"
REMOTE = "《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）"
SIMC = "《社会保险经办条例》"

ENROL_GROUP = O("general|一般城乡居民|General resident", "newborn|新生儿|Newborn",
                "student|在校学生|Student", "elderly|60周岁以上老年人|Resident aged 60+",
                "hardship|低保、特困等困难人员|Hardship group", "disabled|残疾人|Person with a disability")

ITEMS = [
    item("YB-001", "城乡居民基本医疗保险参保登记", "Urban and rural residents' basic medical insurance: enrolment", 0, None, "person",
         ["医保", "居民医保", "参保", "新农合", "医保参保", "新生儿医保"], [
             mat("id-card", when=isin("enrolGroup", ["general", "student", "elderly", "hardship", "disabled"])),
             mat("household-register", required=False),
             mat("birth-med-cert", when=eq("enrolGroup", "newborn")),
         ], [
             sel("enrolGroup", "参保人员类别", "Enrolee group", ENROL_GROUP, True),
             text("insuredName", "参保人姓名", "Insured person's name", True, maxLength=30),
             rid("insuredId", "参保人公民身份号码", "Insured person's resident ID number",
                 rw=isin("enrolGroup", ["general", "student", "elderly", "hardship", "disabled"]),
                 help=("新生儿尚未落户的可先凭出生医学证明参保", "A newborn not yet registered may enrol with the birth certificate")),
             text("birthCertNo", "出生医学证明编号", "Medical birth certificate number", vis=eq("enrolGroup", "newborn"),
                  rw=eq("enrolGroup", "newborn"), pattern=r"^[A-Z]\d{9}$",
                  patternMessage=t("编号为1位大写字母加9位数字", "One capital letter followed by 9 digits")),
             text("schoolName", "就读学校", "School", maxLength=60, vis=eq("enrolGroup", "student")),
             radio("paymentMethod", "缴费方式", "Payment method", O(
                 "bankDeduct|银行代扣|Bank direct debit", "online|浙里办/支付宝自行缴纳|Self-pay online",
                 "subsidised|政府全额资助|Fully subsidised by the government"), True),
         ], al=["居民医保参保登记", "新生儿参保"], law=[SIL, "《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）"],
         cond=("不属于职工基本医疗保险覆盖范围的本地户籍居民、持居住证的非本地户籍居民及在校学生；新生儿出生后90天内参保的自出生之日起享受待遇。",
               "Residents, residence-permit holders and students not covered by employee medical insurance; newborns enrolled within 90 days are covered from birth.")),

    item("YB-002", "城乡居民基本医疗保险参保信息变更", "Residents' medical insurance: change of enrolment details", 0, None, "person",
         ["医保变更", "医保信息修改", "参保信息变更"], [
             mat("id-card"),
             matx("change-basis", "变更依据（户口簿、公安部门证明等）", "Supporting document (household register, police certificate …)",
                  el=True, note=("户籍类信息可通过公安数据共享核验", "Household-registration data is verified through police data sharing")),
         ], [
             multi("changeItems", "变更事项", "Details to change", O(
                 "name|姓名|Name", "idNumber|公民身份号码|ID number", "address|联系地址|Address",
                 "phone|联系电话|Phone", "group|参保人员类别|Enrolee group"), True),
             area("changeDescription", "变更内容说明", "Description of the change", True, maxLength=300),
         ], al=["居民医保信息变更"], law=[SIL, SIMC]),

    item("YB-003", "医疗救助申请", "Medical assistance: application", 15, 30, "person",
         ["医疗救助", "看病救助", "大病救助", "医疗费困难"], [
             mat("id-card"), mat("hardship-proof"), mat("medical-invoice"), mat("expense-list"),
             mat("discharge-summary", when=eq("hasInpatient", "yes")),
             mat("bank-card"),
         ], [
             sel("assistanceCategory", "救助对象类别", "Assistance category", O(
                 "subsistence|低保对象|Minimum living allowance recipient", "destitute|特困人员|Destitute person",
                 "marginal|低保边缘家庭成员|Marginal household member",
                 "expenditure|支出型困难家庭成员|Expenditure-hardship household member",
                 "orphan|孤儿、事实无人抚养儿童|Orphan or de facto unsupported child"), True),
             yn("hasInpatient", "是否包含住院费用", "Includes inpatient costs"),
             DECL(),
         ], tpl=["medical-expenses", "bank-account"], al=["申请医疗救助"], law=[AID, "《社会救助暂行办法》", "《浙江省社会救助条例》"],
         cond=("经基本医疗保险、大病保险报销后，个人负担的政策范围内医疗费用仍较重的困难群众。",
               "Hardship groups whose out-of-pocket costs remain heavy after basic and critical-illness insurance.")),

    item("YB-004", "异地就医备案（异地长期居住/转诊/临时外出）", "Medical treatment in another region: filing (long-term residence, referral, temporary stay)", 0, None, "person",
         ["异地就医", "异地备案", "转诊", "外地看病", "跨省就医"], [
             mat("id-or-ssc"),
             matx("remote-filing-form", "《异地就医备案表》（个人承诺）", "Remote treatment filing form (personal commitment)", cm=True),
             matx("referral-proof", "转诊转院证明", "Referral certificate", when=eq("filingType", "referral"),
                  note=("由参保地定点医疗机构出具", "Issued by a designated hospital where the person is insured")),
         ], [
             radio("filingType", "备案类型", "Filing type", O(
                 "longTerm|异地长期居住（含异地安置退休、常驻工作）|Long-term residence elsewhere",
                 "referral|转诊转院|Referral to another region",
                 "temporary|临时外出就医|Temporary treatment elsewhere"), True),
             sel("destinationProvince", "就医地省份", "Province of treatment", O(
                 "sh|上海市|Shanghai", "js|江苏省|Jiangsu", "ah|安徽省|Anhui", "fj|福建省|Fujian", "jx|江西省|Jiangxi",
                 "bj|北京市|Beijing", "gd|广东省|Guangdong", "sc|四川省|Sichuan", "hn|河南省|Henan",
                 "hb|湖北省|Hubei", "other|其他省份|Other province", "inProvince|省内其他市|Elsewhere in Zhejiang"), True),
             text("destinationCity", "就医地城市", "City of treatment", True, maxLength=30),
             text("referralHospital", "转入医院", "Receiving hospital", maxLength=60,
                  vis=eq("filingType", "referral"), rw=eq("filingType", "referral")),
             date("filingStart", "备案开始日期", "Start date", True),
             date("filingEnd", "备案截止日期", "End date", vis=isin("filingType", ["referral", "temporary"])),
             DECL(),
         ], al=["异地就医登记备案", "异地安置备案"], law=[SIL, REMOTE]),

    item("YB-005", "参保人员医疗费用手工（零星）报销", "Manual reimbursement of medical expenses", 20, 30, "person",
         ["医疗报销", "零星报销", "手工报销", "医药费报销", "垫付报销"], [
             mat("ssc"), mat("medical-invoice"), mat("expense-list"),
             mat("discharge-summary", when=eq("hasInpatient", "yes")),
             mat("medical-record", when=eq("hasInpatient", "no")),
             mat("bank-card"),
         ], [
             sel("reimburseReason", "未直接结算原因", "Why it was not settled directly", O(
                 "notFiled|异地就医未备案|Not filed for treatment elsewhere",
                 "emergency|急诊抢救|Emergency", "systemFault|系统故障未能结算|System failure",
                 "notEnrolled|参保前（新生儿）发生费用|Costs before enrolment (newborn)",
                 "abroad|境外就医|Treatment abroad", "other|其他|Other"), True),
             yn("hasInpatient", "是否包含住院费用", "Includes inpatient costs"),
             DECL(),
         ], tpl=["medical-expenses", "bank-account"], al=["医疗费零星报销"], law=[SIL, FUND]),

    item("YB-006", "门诊慢特病病种待遇认定", "Chronic and special outpatient diseases: benefit recognition", 10, 20, "person",
         ["慢特病", "慢性病", "特殊病", "门诊特殊病种", "尿毒症透析"], [
             mat("ssc"), mat("medical-record"),
             matx("test-reports", "相关检查检验报告", "Relevant test and examination reports", form="copy"),
             matx("diagnosis-cert", "专科医师诊断证明", "Specialist diagnosis certificate"),
         ], [
             sel("chronicDisease", "申请病种", "Disease", O(
                 "uremia|尿毒症透析|Uraemia with dialysis", "cancer|恶性肿瘤门诊放化疗|Cancer outpatient radio/chemotherapy",
                 "transplant|器官移植抗排异治疗|Anti-rejection after transplant",
                 "mental|严重精神障碍|Severe mental disorder", "hemophilia|血友病|Haemophilia",
                 "aplastic|再生障碍性贫血|Aplastic anaemia", "tb|耐多药肺结核|MDR tuberculosis",
                 "other|其他规定病种|Other listed disease"), True),
             text("diagnosisHospital", "诊断医院", "Diagnosing hospital", True, maxLength=60),
             past("diagnosisDate", "确诊日期", "Date of diagnosis", True),
             text("designatedHospital", "选定就医定点医疗机构", "Chosen designated hospital", True, maxLength=60),
         ], al=["慢特病认定", "规定病种认定"], law=[SIL, "《国务院办公厅关于健全职工基本医疗保险门诊共济保障机制的指导意见》（国办发〔2021〕14号）"]),

    item("YB-007", "高血压糖尿病门诊用药保障（“两病”）待遇认定", "Hypertension and diabetes outpatient medication benefit: recognition", 0, None, "person",
         ["两病", "高血压", "糖尿病", "门诊用药"], [
             mat("ssc"), matx("diagnosis-cert", "二级及以上医疗机构或签约家庭医生出具的诊断证明", "Diagnosis from a grade II hospital or contracted family doctor"),
         ], [
             multi("chronicConditions", "认定病种", "Conditions", O(
                 "hypertension|高血压|Hypertension", "diabetes|糖尿病|Diabetes"), True),
             text("diagnosisHospital", "诊断医院", "Diagnosing hospital", True, maxLength=60),
         ], al=["两病认定", "“两病”用药保障"], law=[SIL, "《关于完善城乡居民高血压糖尿病门诊用药保障机制的指导意见》（医保发〔2019〕54号）"]),

    item("YB-008", "参保人员死亡后个人账户余额继承支取", "Medical insurance personal account: inheritance after death", 10, 20, "person",
         ["医保个账继承", "医保余额", "身后", "死亡继承"], [
             mat("death-cert"), mat("kinship-proof"),
             matx("heir-id", "继承人居民身份证", "Heir's resident ID card"),
             mat("bank-card", name=("继承人银行卡", "Heir's bank card")),
             matx("heir-agreement", "继承人之间的协商一致证明或公证文书", "Agreement among heirs or notarised document",
                  when=eq("multipleHeirs", "yes"), cm=True),
         ], [
             yn("multipleHeirs", "是否有多个法定继承人", "Several legal heirs"),
             DECL(),
         ], tpl=["deceased-person", "bank-account"], al=["医保个人账户继承"], law=[SIL, "《中华人民共和国民法典》"]),
]

ITEMS += [
    item("YB-009", "医保电子凭证激活（帮办）", "Activating the medical insurance e-voucher (assisted)", 0, None, "person",
         ["医保码", "医保电子凭证", "医保激活"], [mat("id-card"), matx("mobile-phone", "本人手机", "Own mobile phone")], [
             radio("activationChannel", "激活渠道", "Channel", O(
                 "nhsa|国家医保服务平台APP|NHSA app", "zlb|浙里办|Zheliban", "alipay|支付宝|Alipay", "wechat|微信|WeChat"), True),
             radio("activateFor", "激活对象", "For", O("self|本人|Self", "family|亲情账户（家庭成员）|Family member"), True),
             rid("familyMemberId", "家庭成员公民身份号码", "Family member's resident ID number", vis=eq("activateFor", "family"),
                 rw=eq("activateFor", "family")),
         ], al=["医保电子凭证激活"], law=[SIL]),
    item("YB-010", "基本医疗保险关系转移接续申请", "Transfer of basic medical insurance", 15, 45, "person",
         ["医保转移", "医保接续", "医保关系转入"], [
             mat("id-or-ssc"), matx("insured-voucher", "参保凭证（可线上开具）", "Insurance voucher (can be issued online)", el=True),
         ], [
             radio("schemeType", "转出险种", "Scheme", O(
                 "employee|职工基本医疗保险|Employee medical insurance", "resident|城乡居民基本医疗保险|Residents' medical insurance"), True),
             text("transferFromArea", "转出地医保经办机构", "Sending medical insurance agency", True, maxLength=60),
             past("transferOutDate", "转出地停保日期", "Date coverage stopped there", True),
         ], al=["医保关系转移接续"], law=[SIL, TRANSFER]),
    item("YB-011", "困难人员参加城乡居民医保个人缴费资助", "Premium subsidy for hardship groups in residents' medical insurance", 10, None, "person",
         ["医保资助", "困难群众医保", "代缴医保"], [mat("id-card"), mat("hardship-proof"),
                                                   mat("disability-cert", when=eq("subsidyGroup", "disabled"))], [
             sel("subsidyGroup", "资助对象类别", "Group", O(
                 "destitute|特困人员（全额资助）|Destitute (full)", "subsistence|低保对象|Minimum allowance recipient",
                 "marginal|低保边缘家庭成员|Marginal household member", "disabled|重度残疾人|Severely disabled",
                 "orphan|孤儿、事实无人抚养儿童|Orphan or unsupported child"), True),
             sel("payYear", "资助年度", "Subsidy year", O("current|本年度|This year", "next|下一年度|Next year"), True),
         ], al=["医保参保资助"], law=[SIL, AID]),
]
