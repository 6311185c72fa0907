"""卫生健康 Health."""
from common import *

POP = "《中华人民共和国人口与计划生育法》"
ZJPOP = "《浙江省人口与计划生育条例》"
CHILDCARE = "《育儿补贴制度实施方案》"
VACCINE = "《中华人民共和国疫苗管理法》"
MCH = "《中华人民共和国母婴保健法》"
MENTAL = "《中华人民共和国精神卫生法》"
SPECIAL = "《全国独生子女伤残死亡家庭扶助制度试点方案》"
REWARD = "《农村部分计划生育家庭奖励扶助制度试点方案》"

CHILD_ORDER = O("1|一孩|First child", "2|二孩|Second child", "3|三孩|Third child", "4|四孩及以上|Fourth or later")

ITEMS = [
    item("WJ-001", "生育登记（一孩、二孩、三孩）", "Birth registration with the health authority (first, second, third child)", 0, None, "person",
         ["生育登记", "准生证", "怀孕登记", "生育服务证", "一孩二孩三孩"], [
             matx("couple-ids", "夫妻双方居民身份证", "Both spouses' resident ID cards"),
             mat("marriage-cert", required=False, note=("可数据共享；未婚生育的按规定登记", "Shared data; unmarried parents may also register")),
         ], [
             sel("childOrder", "本次登记孩次", "Child order", CHILD_ORDER, True),
             radio("pregnancyStatus", "登记时状态", "Status", O(
                 "pregnant|已怀孕|Pregnant", "born|已生育|Already born", "planned|计划怀孕|Planning"), True),
             date("expectedDueDate", "预产期", "Expected due date", vis=eq("pregnancyStatus", "pregnant"),
                  rw=eq("pregnancyStatus", "pregnant"), minDate="today"),
             past("childBirthDate", "子女出生日期", "Child's date of birth", vis=eq("pregnancyStatus", "born"),
                  rw=eq("pregnancyStatus", "born")),
             group("existingChildren", "现有子女", "Existing children", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "Resident ID number"),
                 past("birthDate", "出生日期", "Date of birth", True),
             ], minRows=0, maxRows=6),
         ], tpl=["spouse"], al=["生育服务登记", "办理准生证"], law=[POP, ZJPOP],
         notes=("生育登记实行网上办、即时办，不设前置条件。", "Registration is online and immediate, with no preconditions.")),

    item("WJ-002", "育儿补贴申领", "Childcare subsidy: claim", 20, None, "person",
         ["育儿补贴", "生育补贴", "3600元", "三岁以下", "新生儿"], [
             mat("birth-med-cert"), mat("household-register", name=("婴幼儿户籍信息（户口簿）", "Infant's household registration")),
             matx("claimant-id", "申领人居民身份证", "Claimant's resident ID card"),
             mat("bank-card", name=("申领人银行卡或社会保障卡", "Claimant's bank card or social security card")),
         ], [
             sel("claimantRelation", "申领人与婴幼儿关系", "Claimant's relation to the child", O(
                 "mother|母亲|Mother", "father|父亲|Father", "guardian|其他监护人|Other guardian"), True),
             sel("childOrder", "婴幼儿孩次", "Child order", CHILD_ORDER, True),
             comp("babyAge", "婴幼儿年龄（周岁）", "Child's age", "age", "babyId"),
             rid("babyId", "婴幼儿公民身份号码", "Child's resident ID number", True),
             DECL(),
         ], tpl=["newborn", "bank-account"], al=["育儿补贴申请"], law=[CHILDCARE],
         cond=("2025年1月1日起，3周岁以下婴幼儿按每孩每年3600元发放补贴，直至年满3周岁。",
               "From 1 Jan 2025 every child under 3 receives CNY 3,600 per year until the third birthday.")),

    item("WJ-003", "计划生育家庭特别扶助金申请（独生子女伤残/死亡家庭）", "Special support for family-planning families (only child disabled or deceased)", 20, None, "person",
         ["特别扶助", "失独", "独生子女伤残", "计生扶助"], [
             matx("couple-ids", "夫妻双方居民身份证", "Both spouses' resident ID cards"),
             mat("household-register"), mat("marriage-cert"),
             matx("child-death-proof", "独生子女死亡证明", "Only child's death certificate", when=eq("childSituation", "deceased"), el=True),
             mat("disability-cert", name=("独生子女残疾人证（三级以上）", "Only child's disability certificate (grade 3 or above)"),
                 when=eq("childSituation", "disabled")),
             mat("bank-card"),
         ], [
             radio("childSituation", "独生子女情况", "Only child's situation", O(
                 "deceased|死亡|Deceased", "disabled|伤残（三级以上）|Disabled (grade 3 or above)"), True),
             text("childName", "独生子女姓名", "Only child's name", True, maxLength=30),
             rid("childId", "独生子女公民身份号码", "Only child's resident ID number", True),
             past("childDeathDate", "独生子女死亡日期", "Date of death", vis=eq("childSituation", "deceased"),
                  rw=eq("childSituation", "deceased")),
             yn("hasAdoptedAgain", "夫妻现是否有存活子女（含再生育、收养）", "Now has a living child (born or adopted)"),
             DECL(),
         ], tpl=["spouse", "bank-account"], al=["失独家庭扶助", "独生子女伤残扶助"], law=[POP, ZJPOP, SPECIAL],
         cond=("1933年1月1日以后出生、女方年满49周岁，只生育一个子女或合法收养一个子女，现无存活子女或独生子女被依法鉴定为残疾（三级以上）。",
               "Women aged 49+ (born after 1 Jan 1933) with one child who has died or is disabled (grade 3+), with no other living child.")),

    item("WJ-004", "儿童预防接种证办理（乡镇卫生院）", "Child vaccination certificate (township health centre)", 0, None, "person",
         ["预防接种证", "打疫苗", "接种本", "疫苗本"], [
             mat("birth-med-cert"), mat("minor-guardian-id"),
         ], tpl=["newborn"], fields=[
             text("birthHospital", "出生医院", "Hospital of birth", True, maxLength=60),
             yn("hepBGiven", "出生时是否已接种乙肝疫苗和卡介苗", "HepB and BCG given at birth"),
             sel("vaccinationClinic", "选择接种门诊", "Vaccination clinic", O(
                 "townshipCentre|本乡镇卫生院预防接种门诊|Township health centre clinic",
                 "communityCentre|社区卫生服务中心|Community health centre", "other|其他接种单位|Other clinic"), True),
         ], al=["预防接种证", "新生儿建卡建证"], law=[VACCINE, "《预防接种工作规范》"],
         notes=("儿童出生后1个月内到居住地接种单位建立预防接种证。", "Register within a month of birth at the local vaccination clinic.")),

    item("WJ-005", "家庭医生签约服务", "Family doctor contract service", 0, None, "person",
         ["家庭医生", "签约医生", "家医签约"], [mat("id-or-ssc")], [
             sel("servicePackage", "签约服务包", "Service package", O(
                 "basic|基础服务包|Basic", "elderly|老年人服务包|Older people", "chronic|慢病（高血压、糖尿病）服务包|Chronic disease",
                 "maternal|孕产妇服务包|Maternity", "child|0-6岁儿童服务包|Children 0–6", "disabled|残疾人服务包|People with disabilities"), True),
             text("doctorTeam", "签约家庭医生团队", "Family doctor team", True, maxLength=60),
             group("signingMembers", "同时签约的家庭成员", "Family members signing at the same time", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "Resident ID number", True),
                 sel("relation", "与申请人关系", "Relation to applicant", RELATION, True),
             ], minRows=0, maxRows=8),
             chk("agreeTerms", "已阅知签约服务协议内容", "Has read the service agreement", True),
         ], al=["签约家庭医生"], law=["《中华人民共和国基本医疗卫生与健康促进法》", "《关于推进家庭医生签约服务的指导意见》（国医改办发〔2016〕1号）"]),

    item("WJ-006", "农村部分计划生育家庭奖励扶助金申请", "Reward support for rural family-planning families", 20, None, "person",
         ["奖励扶助", "计生奖励", "农村独生子女", "60岁奖励"], [
             matx("couple-ids", "夫妻双方居民身份证", "Both spouses' resident ID cards"),
             mat("household-register"), mat("marriage-cert"),
             matx("children-proof", "子女情况证明（独生子女证或村级证明）", "Proof of children (only-child certificate or village certificate)", cm=True),
             mat("bank-card"),
         ], [
             sel("familyType", "家庭类型", "Family type", O(
                 "oneChild|只有一个子女|One child", "twoGirls|只有两个女孩|Two daughters",
                 "childless|子女死亡现无子女|Children died, none living"), True),
             num("childrenCount", "现有子女数", "Number of living children", True, min=0, max=10),
             DECL(),
         ], tpl=["spouse", "bank-account"], al=["农村计生奖励扶助"], law=[POP, ZJPOP, REWARD],
         cond=("农业户籍或曾为农业户籍，1973年至2001年间没有违反计划生育规定生育，现只有一个子女或两个女孩或子女死亡现无子女，年满60周岁。",
               "Rural residents aged 60 who complied with family-planning rules (1973–2001) and have one child, two daughters or no living child.")),
]

ONECHILD = "《浙江省人口与计划生育条例》（独生子女父母奖励条款）"
PHS = "《国家基本公共卫生服务规范（第三版）》"
FAM_DOC = "《关于推进家庭医生签约服务的指导意见》（国医改办发〔2016〕1号）"

REWARD_MATS = lambda: [mat("id-card", name=("夫妻双方居民身份证", "Both spouses' ID cards")), mat("household-register"),
                       matx("one-child-proof", "独生子女父母光荣证或独生子女证明", "One-child parents' certificate or proof", el=True, cm=True),
                       mat("bank-card")]

ITEMS += [
    item("WJ-007", "计划生育手术并发症人员特别扶助申请", "Special support for people with complications from family-planning surgery", 20, None, "person",
         ["计生手术并发症", "特别扶助", "计划生育"], [
             mat("id-card"), mat("household-register"),
             matx("complication-appraisal", "计划生育手术并发症鉴定结论", "Appraisal of the surgical complication"), mat("bank-card"),
         ], [
             sel("complicationLevel", "并发症等级", "Grade", O("1|一级|Grade 1", "2|二级|Grade 2", "3|三级|Grade 3"), True),
             past("surgeryDate", "手术日期", "Date of surgery", True),
             sel("surgeryType", "手术类别", "Surgery", O(
                 "iud|放置宫内节育器|IUD insertion", "tubal|输卵管结扎|Tubal ligation", "vasectomy|输精管结扎|Vasectomy",
                 "abortion|人工流产|Abortion"), True),
         ], tpl=["bank-account"], al=["手术并发症扶助"], law=[POP, ZJPOP, SPECIAL]),

    item("WJ-008", "企业退休职工独生子女父母一次性奖励（退休奖励）申领", "One-off reward for one-child parents retiring from companies", 15, None, "person",
         ["独生子女退休奖励", "一次性奖励", "独生子女父母", "退休一件事"], [
             mat("id-card"), mat("retire-proof"),
             matx("one-child-proof", "独生子女父母光荣证或独生子女证明", "One-child parents' certificate or proof", el=True, cm=True),
             mat("bank-card"),
         ], [
             past("retireDate", "退休日期", "Retirement date", True),
             text("formerEmployer", "退休前单位（已破产改制的填原单位）", "Former employer", True, maxLength=80),
             yn("employerExists", "原单位是否存续", "The employer still exists",
                help=("单位存续的由单位发放，已破产、关闭的由户籍地乡镇受理", "If the employer still exists it pays; otherwise the township handles it")),
             text("onlyChildName", "独生子女姓名", "Only child's name", True, maxLength=30),
         ], tpl=["bank-account"], al=["独生子女父母退休一次性奖励"], law=[POP, ONECHILD]),

    item("WJ-009", "独生子女父母奖励扶助（年老奖励）申请", "Old-age reward for one-child parents", 20, None, "person",
         ["独生子女年老奖励", "独生子女奖励扶助", "60周岁"], REWARD_MATS(), [
             text("onlyChildName", "独生子女姓名", "Only child's name", True, maxLength=30),
             rid("onlyChildId", "独生子女公民身份号码", "Only child's ID number", True),
             yn("bothParentsApply", "夫妻双方是否同时申请", "Both parents apply"),
         ], tpl=["spouse", "bank-account"], al=["独生子女父母年老奖励"], law=[POP, ONECHILD],
         cond=("年满60周岁，只生育一个子女或合法收养一个子女，现无子女或只有一个子女的本省户籍人员。",
               "Registered residents aged 60+ who had or adopted one child only.")),

    item("WJ-010", "孕产妇建册（母子健康手册）", "Pregnancy registration (mother and child health handbook)", 0, None, "person",
         ["建册", "母子健康手册", "孕检", "怀孕"], [
             matx("pregnant-id", "孕妇居民身份证", "Pregnant woman's ID card"),
             matx("pregnancy-test", "早孕检查结果", "Early pregnancy test result"),
         ], [
             date("lastPeriodDate", "末次月经日期", "First day of last period", True, maxDate="today"),
             num("gravidity", "第几次怀孕", "Pregnancy number", True, min=1, max=15),
             sel("highRiskFactors", "高危因素", "Risk factors", O(
                 "none|无|None", "age|35岁以上高龄|Aged 35+", "history|不良孕产史|Adverse history", "chronic|慢性病|Chronic disease"), True),
             mob("pregnantMobile", "孕妇手机号码", "Mobile", True),
         ], al=["母子健康手册办理"], law=[MCH, PHS]),

    item("WJ-011", "老年人健康体检预约", "Free health check for people aged 65+: booking", 0, None, "person",
         ["老年人体检", "免费体检", "65岁"], [mat("id-or-ssc")], [
             date("checkDate", "预约体检日期", "Booked date", True, minDate="today"),
             sel("checkSite", "体检地点", "Place", O(
                 "centre|乡镇卫生院|Township health centre", "village|村卫生室（巡回体检）|Village clinic (mobile check)"), True),
             yn("fasting", "是否已知晓需空腹采血", "Knows to fast for the blood test"),
         ], al=["65岁老人体检"], law=[PHS]),

    item("WJ-012", "严重精神障碍患者监护人看护管理补助申请", "Care allowance for guardians of people with severe mental disorders", 15, None, "person",
         ["精神障碍", "监护补助", "以奖代补", "看护"], [
             matx("patient-id", "患者居民身份证", "Patient's ID card"), mat("minor-guardian-id", name=("监护人居民身份证", "Guardian's ID card")),
             mat("medical-record", name=("严重精神障碍诊断证明", "Diagnosis of a severe mental disorder")), mat("bank-card"),
         ], [
             sel("diagnosis", "诊断", "Diagnosis", O(
                 "schizophrenia|精神分裂症|Schizophrenia", "bipolar|双相情感障碍|Bipolar disorder",
                 "paranoid|偏执性精神病|Paranoid psychosis", "schizoaffective|分裂情感性障碍|Schizoaffective disorder",
                 "epilepsy|癫痫所致精神障碍|Mental disorder due to epilepsy", "intellectual|精神发育迟滞伴发精神障碍|Intellectual disability with disorder"), True),
             yn("onMedication", "是否规律服药", "Takes medication regularly"),
         ], tpl=["guardian", "bank-account"], al=["监护人以奖代补"], law=[MENTAL]),

    item("WJ-013", "独生子女父母奖励扶助信息变更", "One-child parents' reward: change of data", 10, None, "person",
         ["奖励扶助变更", "独生子女奖励变更", "户籍迁移"], [mat("id-card"), mat("bank-card", required=False)], [
             sel("rewardType", "奖励类别", "Reward", O(
                 "oldAge|独生子女父母年老奖励|Old-age reward", "rural|农村部分计划生育家庭奖励扶助|Rural family reward",
                 "special|计划生育家庭特别扶助|Special support"), True),
             sel("rewardChange", "变更事项", "Change", O(
                 "account|发放账户|Payment account", "hukou|户籍迁移|Moved registration", "death|领取人死亡（停发）|Recipient died (stop)",
                 "marriage|婚姻状况变化|Marital status"), True),
             text("rewardNewValue", "变更后内容", "New value", True, maxLength=100),
         ], tpl=["bank-account"], al=["计生奖扶信息变更"], law=[POP, ZJPOP]),

    item("WJ-014", "生育登记信息变更、注销", "Birth registration: change or cancellation", 0, None, "person",
         ["生育登记变更", "生育登记注销", "生育服务证"], [mat("id-card", name=("夫妻双方居民身份证", "Both spouses' ID cards"))], [
             radio("birthRegAction", "办理类型", "Action", O("change|变更|Change", "cancel|注销|Cancel"), True),
             sel("birthRegChange", "变更事项", "Change", O(
                 "address|现居住地|Current address", "mobile|联系方式|Contact", "dueDate|预产期|Due date"),
                 vis=eq("birthRegAction", "change"), rw=eq("birthRegAction", "change")),
             sel("birthRegCancelReason", "注销原因", "Reason", O(
                 "miscarriage|终止妊娠|Pregnancy ended", "duplicate|重复登记|Duplicate", "elsewhere|已在他地登记|Registered elsewhere"),
                 vis=eq("birthRegAction", "cancel"), rw=eq("birthRegAction", "cancel")),
         ], al=["生育服务登记变更"], law=[POP, ZJPOP]),

    item("WJ-015", "家庭医生签约变更、解约", "Family doctor contract: change or termination", 0, None, "person",
         ["家庭医生解约", "更换家庭医生"], [mat("id-or-ssc")], [
             radio("doctorAction", "办理类型", "Action", O("change|更换签约医生或团队|Change doctor", "end|解约|End the contract"), True),
             text("newDoctor", "新签约医生（团队）", "New doctor or team", maxLength=30, vis=eq("doctorAction", "change"), rw=eq("doctorAction", "change")),
             sel("doctorEndReason", "原因", "Reason", O(
                 "moved|迁居|Moved", "dissatisfied|对服务不满意|Dissatisfied", "other|其他|Other"), True),
         ], al=["家庭医生解约"], law=[FAM_DOC]),

    item("WJ-016", "儿童预防接种证补办", "Child vaccination certificate: replacement", 0, None, "person",
         ["接种证补办", "预防接种证遗失", "打疫苗"], [mat("minor-guardian-id")], [
             text("childName", "儿童姓名", "Child's name", True, maxLength=30),
             past("childBirthDate", "儿童出生日期", "Child's date of birth", True),
             sel("vaccCertLoss", "补办原因", "Reason", O("lost|遗失|Lost", "damaged|损坏|Damaged", "full|记录页用完|Pages full"), True),
             chk("printRecord", "同时打印接种记录（入托、入学查验）", "Also print the vaccination record (for school)"),
         ], tpl=["guardian"], al=["预防接种证补发"], law=[VACCINE]),

    item("WJ-017", "计划生育家庭特别扶助金变更、终止", "Family-planning special support: change or termination", 10, None, "person",
         ["特扶变更", "特别扶助终止", "失独"], [mat("id-card"), mat("death-cert", when=eq("specialEndReason", "death"))], [
             sel("specialEndReason", "变更、终止事由", "Event", O(
                 "death|扶助对象死亡|Recipient died", "newChild|再生育或收养子女|New child born or adopted",
                 "levelChange|独生子女残疾等级变化|Child's disability grade changed", "account|发放账户变更|Payment account"), True),
             past("specialEventDate", "事由发生日期", "Date of the event", True),
         ], al=["计生特扶停发"], law=[POP, SPECIAL]),

    item("WJ-018", "免费孕前优生健康检查预约", "Free pre-pregnancy health check: booking", 0, None, "person",
         ["孕前检查", "优生检查", "备孕"], [mat("id-card", name=("夫妻双方居民身份证", "Both spouses' ID cards")), mat("marriage-cert")], [
             date("preCheckDate", "预约检查日期", "Booked date", True, minDate="today"),
             yn("firstPregnancyPlan", "是否计划生育第一个孩子", "Planning the first child"),
         ], tpl=["spouse"], al=["孕前优生检查"], law=[MCH]),
]

ITEMS += [
    item("WJ-019", "从业人员预防性健康检查预约（健康证）", "Health check for food and public-place workers (health certificate)", 0, None, "person",
         ["健康证", "从业人员体检", "食品从业"], [mat("id-card"), mat("photo")], [
             sel("industry", "从业行业", "Industry", O("food|食品生产经营|Food", "publicPlace|公共场所（美容美发、宾馆等）|Public places",
                                                   "drinkingWater|供水|Drinking water", "cosmetics|化妆品|Cosmetics"), True),
             date("healthCheckDate", "预约体检日期", "Booked date", True, minDate="today"),
             radio("healthCheckCase", "办理情形", "Case", O("new|首次办证|First certificate", "renew|到期复检|Annual renewal"), True),
         ], al=["办健康证"], law=["《中华人民共和国食品安全法》第四十五条", "《公共场所卫生管理条例》"], fees=t("按物价部门核定标准收取体检费", "Examination fee per the approved price list")),

    item("WJ-020", "适龄妇女“两癌”免费筛查预约", "Free cervical and breast cancer screening: booking", 0, None, "person",
         ["两癌筛查", "宫颈癌筛查", "乳腺癌筛查", "妇女体检"], [mat("id-card")], [
             multi("screenings", "筛查项目", "Screenings", O("cervical|宫颈癌筛查|Cervical", "breast|乳腺癌筛查|Breast"), True),
             date("screeningDate", "预约日期", "Booked date", True, minDate="today"),
             yn("screenedLastTwoYears", "近2年内是否已接受过免费筛查", "Screened free of charge in the last 2 years"),
         ], al=["两癌检查"], law=[MCH]),
]
