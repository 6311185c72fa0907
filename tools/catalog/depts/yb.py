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

LTC = "《关于扩大长期护理保险制度试点的指导意见》（医保发〔2020〕37号）"
MAT = "《女职工劳动保护特别规定》"
FAMILY = "《浙江省职工基本医疗保险个人账户家庭共济使用办法》"

ITEMS += [
    item("YB-012", "城乡居民基本医疗保险费缴纳（含补缴咨询）", "Residents' medical insurance: paying contributions (incl. late payment)", 0, None, "person",
         ["医保缴费", "交医保", "居民医保", "补缴"], [mat("id-or-ssc")], [
             num("medicalPayYear", "缴费年度", "Contribution year", True, min=2020, max=2035),
             radio("payTiming", "缴费情形", "Situation", O(
                 "regular|集中缴费期内缴费|During the annual payment period",
                 "late|集中缴费期后补缴（设待遇等待期）|Late payment (waiting period applies)",
                 "newborn|新生儿出生后参保缴费|Newborn enrolment"), True),
             radio("payChannel", "缴费渠道", "Channel", O(
                 "counter|窗口刷卡|At the counter", "online|浙里办/支付宝|Online", "bank|银行代扣|Bank debit"), True),
             num("membersPaid", "本次为几人缴费（家庭代缴）", "Number of people paid for", True, min=1, max=12),
         ], al=["居民医保缴费"], law=[SIL, "《浙江省医疗保障条例》"],
         notes=("集中缴费期后参保缴费的，设置不超过3个月的待遇等待期。", "Late payers wait up to 3 months before benefits start.")),

    item("YB-013", "参保缴费凭证开具", "Medical insurance: contribution certificate", 0, None, "person",
         ["医保参保证明", "参保凭证", "缴费证明"], [mat("id-or-ssc")], [
             multi("certSchemes", "证明险种", "Schemes", O(
                 "employeeMedical|职工基本医疗保险|Employee medical insurance", "residentMedical|城乡居民基本医疗保险|Residents' medical insurance",
                 "maternity|生育保险|Maternity insurance"), True),
             past("certFrom", "起始年月（填该月1日）", "From (first day of the month)", True),
             sel("certPurpose", "用途", "Purpose", O(
                 "transfer|关系转移|Transfer", "school|入学|School admission", "purchase|购房、落户|Home purchase or hukou",
                 "other|其他|Other"), True),
         ], al=["医保缴费证明打印"], law=[SIL]),

    item("YB-014", "生育医疗费用及生育津贴申领", "Maternity medical costs and maternity allowance: claim", 10, 20, "person",
         ["生育津贴", "生育保险", "产假工资", "生孩子报销"], [
             mat("ssc"), mat("birth-med-cert"), mat("marriage-cert", required=False),
             mat("medical-invoice", required=False, note=("已联网直接结算的免交", "Not needed when settled directly")),
             mat("bank-card"),
         ], [
             radio("claimant", "申领人", "Claimant", O("mother|女职工本人|The mother", "spouse|未就业配偶的男职工|Male employee whose spouse is not insured"), True),
             past("deliveryDate", "分娩（手术）日期", "Delivery date", True),
             sel("deliveryType", "分娩方式", "Type of delivery", O(
                 "natural|自然分娩|Natural birth", "caesarean|剖宫产|Caesarean", "multiple|多胞胎|Multiple birth",
                 "miscarriage|流产|Miscarriage"), True),
             text("hospitalName", "分娩医疗机构", "Hospital", True, maxLength=60),
             text("employerName", "参保单位", "Insured through (employer)", True, maxLength=80),
         ], tpl=["bank-account"], al=["生育保险待遇申领"], law=[SIL, MAT]),

    item("YB-015", "长期护理保险失能评估及待遇申请", "Long-term care insurance: disability assessment and benefits", 20, 30, "person",
         ["长护险", "长期护理保险", "失能评估", "护理"], [
             mat("ssc"), mat("id-card"), mat("medical-record"),
             matx("ltc-form", "《长期护理保险失能评估申请表》", "Long-term care assessment application form"),
         ], [
             sel("careNeed", "目前照护情况", "Current care", O(
                 "home|居家由家人照护|Family care at home", "homeService|居家上门护理服务|Home-care service",
                 "institution|入住护理机构|In a care institution"), True),
             num("bedriddenMonths", "卧床或失能持续时间（月）", "Months bedridden or disabled", True, min=6, max=600,
                 help=("经治疗不能自理持续6个月以上", "Unable to care for oneself for 6 months or more after treatment")),
             addr("assessmentAddress", "上门评估地址", "Address for the home assessment", True),
         ], tpl=["contact-person"], al=["长护险申请"], law=[SIL, LTC]),

    item("YB-016", "基本医疗保险个人账户家庭共济绑定", "Medical insurance: linking family members for individual-account sharing", 0, None, "person",
         ["家庭共济", "医保共济", "个人账户", "家人用医保"], [
             mat("id-card", name=("双方居民身份证", "Both parties' ID cards")), mat("kinship-proof"),
         ], [
             group("sharedMembers", "共济家庭成员", "Family members to share with", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "Resident ID number", True),
                 sel("relation", "与账户人关系", "Relation to the account holder", O(
                     "spouse|配偶|Spouse", "parent|父母|Parent", "child|子女|Child"), True),
             ], minRows=1, maxRows=6, req=True),
         ], al=["医保家庭共济绑定"], law=[SIL, FAMILY]),

    item("YB-017", "基本医疗保险个人账户家庭共济解除绑定", "Medical insurance: unlinking family-account sharing", 0, None, "person",
         ["解除共济", "家庭共济解绑"], [mat("id-card")], [
             text("unlinkName", "解除绑定成员姓名", "Member to unlink", True, maxLength=30),
             rid("unlinkId", "解除绑定成员公民身份号码", "Member's ID number", True),
             sel("unlinkReason", "解除原因", "Reason", O(
                 "divorce|离婚|Divorce", "death|成员死亡|Member died", "request|本人申请|On request",
                 "otherAccount|改为绑定他人|Link someone else"), True),
         ], al=["医保共济解绑"], law=[SIL, FAMILY]),

    item("YB-018", "城乡居民基本医疗保险停保（参保终止）", "Residents' medical insurance: ending enrolment", 0, None, "person",
         ["医保停保", "居民医保停保", "重复参保"], [
             mat("id-card"),
             matx("employee-insured-proof", "已参加职工医保或外地医保的证明", "Proof of employee or out-of-area insurance",
                  when=isin("stopMedicalReason", ["employee", "elsewhere"]), el=True),
             mat("death-cert", when=eq("stopMedicalReason", "death")),
         ], [
             sel("stopMedicalReason", "停保原因", "Reason", O(
                 "employee|已参加职工基本医疗保险|Now in employee medical insurance",
                 "elsewhere|已在其他统筹地区参保|Insured in another area", "death|参保人死亡|Insured person died",
                 "abroad|出国（境）定居|Settled abroad"), True),
             date("stopMedicalFrom", "停保日期", "End date", True),
             yn("refundRequested", "是否申请退还已缴未享受待遇年度的个人缴费", "Request refund of contributions for a year not yet started"),
         ], al=["居民医保参保终止"], law=[SIL, SIMC]),

    item("YB-019", "异地就医备案变更、取消", "Out-of-area medical care registration: change or cancellation", 0, None, "person",
         ["异地就医", "取消备案", "变更备案", "回参保地就医"], [mat("id-or-ssc")], [
             radio("recordAction", "办理类型", "Action", O("change|变更就医地|Change the place", "cancel|取消备案|Cancel"), True),
             text("newMedicalPlace", "新就医地（省、市）", "New place (province, city)", maxLength=40,
                  vis=eq("recordAction", "change"), rw=eq("recordAction", "change")),
             sel("recordType", "原备案类型", "Original registration type", O(
                 "longStay|异地长期居住|Long-term residence", "referral|转诊转院|Referral", "temporary|临时外出就医|Temporary"), True),
         ], al=["取消异地就医备案"], law=[REMOTE],
         notes=("异地长期居住人员备案后原则上6个月内不得变更，确需变更的按当地规定办理。",
                "Long-term residence registrations normally stay 6 months before a change.")),

    item("YB-020", "门诊慢特病病种待遇变更、终止", "Chronic and special outpatient conditions: change or termination", 5, 20, "person",
         ["慢特病", "慢病变更", "增加病种"], [
             mat("ssc"), mat("medical-record", when=eq("chronicAction", "addDisease")),
         ], [
             radio("chronicAction", "办理类型", "Action", O(
                 "addDisease|增加病种|Add a condition", "changeHospital|变更定点医疗机构|Change designated clinic",
                 "terminate|终止待遇|End the benefit"), True),
             text("diseaseName", "病种名称", "Condition", True, maxLength=40),
             text("newHospital", "新定点医疗机构", "New designated clinic", maxLength=60,
                  vis=eq("chronicAction", "changeHospital"), rw=eq("chronicAction", "changeHospital")),
         ], al=["慢病待遇变更"], law=[SIL, "《浙江省基本医疗保险门诊慢特病管理办法》"]),

    item("YB-021", "职工医保退休人员医疗保险待遇核定", "Employee medical insurance: confirming retiree benefits", 5, 20, "person",
         ["医保退休", "退休医保", "医保缴费年限", "退休一件事"], [
             mat("id-card"), mat("retire-proof"),
         ], [
             num("medicalYears", "职工医保累计缴费年限（年）", "Years of employee medical contributions", True, min=0, max=50),
             radio("shortfallChoice", "缴费年限不足时的处理", "If the minimum years are not reached", O(
                 "onePayment|一次性补缴至规定年限|Pay the shortfall at once",
                 "continue|继续按月缴费至规定年限|Keep paying monthly",
                 "notApplicable|已满规定年限|Minimum already reached"), True),
         ], al=["退休人员医保待遇核定"], law=[SIL, "《浙江省职工基本医疗保险办法》"]),

    item("YB-022", "长期护理保险待遇变更、终止", "Long-term care insurance benefits: change or termination", 5, 20, "person",
         ["长护险变更", "长护险终止", "护理方式变更"], [
             mat("ssc"), mat("death-cert", when=eq("ltcAction", "terminate")),
         ], [
             radio("ltcAction", "办理类型", "Action", O(
                 "changeMode|变更护理方式或护理机构|Change care mode or provider", "terminate|终止待遇|End the benefit"), True),
             sel("newCareMode", "新的护理方式", "New care mode", O(
                 "homeService|居家上门护理|Home care", "institution|机构护理|Institution care"),
                 vis=eq("ltcAction", "changeMode"), rw=eq("ltcAction", "changeMode")),
             sel("ltcEndReason", "终止原因", "Reason", O(
                 "death|参保人死亡|Death", "recovered|经复评不再符合失能标准|No longer qualifies after reassessment",
                 "moved|迁出本统筹区|Moved away"), vis=eq("ltcAction", "terminate"), rw=eq("ltcAction", "terminate")),
             past("ltcEventDate", "事由发生日期", "Date of the event", True),
         ], al=["长护险待遇停止"], law=[SIL, LTC]),

    item("YB-023", "灵活就业人员职工基本医疗保险参保登记", "Flexible employment: employee medical insurance enrolment", 0, None, "person",
         ["灵活就业医保", "职工医保个人参保", "个体医保"], [mat("id-or-ssc")], [
             radio("medicalPlan", "参保类型", "Plan", O(
                 "full|职工医保（含个人账户）|Employee medical insurance with individual account",
                 "single|单建统筹（住院）|Pooled fund only (inpatient)"), True),
             date("medicalStart", "参保起始月份（填该月1日）", "Start (first day of the month)", True),
             yn("hadResidentMedical", "本年度是否已缴纳城乡居民医保", "Already paid residents' medical insurance this year"),
         ], al=["灵活就业参加职工医保"], law=[SIL, SIMC]),

    item("YB-024", "城乡居民基本医疗保险个人缴费退费申请", "Residents' medical insurance: refund of contributions", 10, 20, "person",
         ["医保退费", "重复缴费", "退医保费"], [
             mat("id-card"), mat("bank-card"),
             matx("duplicate-proof", "重复参保或不应缴费的证明", "Proof of duplicate or undue payment", el=True),
         ], [
             sel("refundReason", "退费原因", "Reason", O(
                 "duplicate|重复参保缴费|Paid twice", "death|缴费后待遇期开始前死亡|Died before the benefit year",
                 "abroad|出国（境）定居|Settled abroad", "employee|已参加职工医保|Now in employee insurance"), True),
             num("refundYear", "退费年度", "Year", True, min=2020, max=2035),
             money("refundAmount", "申请退费金额（元）", "Amount (CNY)", True, max=5000),
         ], tpl=["bank-account"], al=["居民医保退费"], law=[SIL, SIMC]),
]

ITEMS += [
    item("YB-025", "医保电子凭证亲情账户添加（帮办）", "Medical e-voucher: adding a family account (assisted)", 0, None, "person",
         ["亲情账户", "医保码", "帮老人看病", "医保电子凭证"], [mat("id-card", name=("双方居民身份证", "Both parties' ID cards")), mat("kinship-proof")], [
             text("familyName", "被添加亲属姓名", "Relative's name", True, maxLength=30),
             rid("familyId", "被添加亲属公民身份号码", "Relative's ID number", True),
             sel("familyRelation", "关系", "Relation", O("parent|父母|Parent", "child|未成年子女|Minor child", "spouse|配偶|Spouse",
                                                     "grandparent|祖父母、外祖父母|Grandparent"), True),
             mob("mobile", "操作人手机号码", "Mobile of the account holder", True),
         ], al=["医保亲情付"], law=[SIL, "《医疗保障信息平台医保电子凭证管理办法》"]),
]
