"""退役军人事务 Veterans Affairs."""
from common import *

VPL = "《中华人民共和国退役军人保障法》"
PREF = "《军人抚恤优待条例》"
SOLDIER = "《退役士兵安置条例》"
CARD = "《退役军人、其他优抚对象优待证管理办法（试行）》"
MARTYR = "《烈士褒扬条例》"

ITEMS = [
    item("TJ-001", "退役军人和其他优抚对象信息采集", "Veterans and other entitled groups: information collection", 0, None, "person",
         ["退役军人", "信息采集", "老兵", "优抚对象", "退伍军人"], [
             mat("id-card"), mat("veteran-cert"), mat("household-register"),
         ], [
             sel("entitledGroup", "人员类别", "Category", O(
                 "veteran|退役军人|Veteran", "martyrFamily|烈士遗属|Martyr's family",
                 "dutyDeathFamily|因公牺牲军人遗属|Family of a soldier who died on duty",
                 "illDeathFamily|病故军人遗属|Family of a soldier who died of illness",
                 "activeFamily|现役军人家属|Family of a serving soldier"), True),
             sel("politicalStatus", "政治面貌", "Political affiliation", O(
                 "cpc|中共党员|CPC member", "probationary|中共预备党员|Probationary CPC member",
                 "league|共青团员|CYL member", "masses|群众|None"), True),
             sel("education", "文化程度", "Education", EDUCATION, True),
             multi("specialExperience", "特殊经历", "Special experience", O(
                 "combat|参战|Combat", "nuclearTest|参试（核试验）|Nuclear test participation",
                 "disabled|伤残|Injured in service", "meritorious|立功受奖|Decorated")),
             radio("employmentStatus", "就业状况", "Employment status", O(
                 "employed|已就业|Employed", "selfEmployed|自主创业|Self-employed", "unemployed|未就业|Not employed",
                 "retired|退休|Retired"), True),
         ], tpl=["veteran-service"], al=["退役军人信息采集"], law=[VPL, PREF]),

    item("TJ-002", "退役军人优待证申领", "Veteran's preferential treatment card: application", 20, None, "person",
         ["优待证", "退役军人优待证", "军人优待"], [
             mat("id-card"), mat("veteran-cert"), mat("photo", note=("白底彩色证件照，可现场采集", "White background; can be taken at the counter")),
         ], [
             radio("cardAction", "办理类型", "Action", O(
                 "new|首次申领|First issue", "replace|遗失补领|Replacement after loss", "renew|损坏换领|Renewal of a damaged card"), True),
             yn("informationCollected", "是否已完成信息采集", "Information already collected"),
             sel("cardBank", "优待证金融功能合作银行", "Partner bank for the card's bank function", BANKS, True),
         ], tpl=["veteran-service"], al=["申领退役军人优待证"], law=[VPL, CARD],
         cond=("已完成信息采集且信息核查通过的退役军人。", "Veterans whose information has been collected and verified.")),

    item("TJ-003", "光荣牌悬挂申请", "Glory plaque hanging", 0, None, "person",
         ["光荣牌", "光荣之家", "军属"], [
             mat("id-card"),
             matx("entitlement-proof", "退役证件或现役军人家属、烈属等优抚对象证件", "Discharge document or entitled-family certificate"),
         ], [
             sel("plaqueHolderType", "悬挂对象", "Household type", O(
                 "veteran|退役军人家庭|Veteran's household", "active|现役军人家庭|Serving soldier's household",
                 "martyr|烈士遗属家庭|Martyr's family", "dutyDeath|因公牺牲、病故军人遗属家庭|Family of a soldier who died on duty or of illness"), True),
             addr("plaqueAddress", "悬挂地址", "Address for the plaque", True),
             radio("plaqueMethod", "悬挂方式", "How", O(
                 "delivered|上门悬挂|Hung by staff at home", "selfCollect|本人领取|Collected by the family"), True),
         ], al=["悬挂光荣牌"], law=[VPL, "《关于做好为烈属、军属和退役军人等家庭悬挂光荣牌工作的通知》"]),

    item("TJ-004", "义务兵家庭优待金申领", "Family preferential allowance for conscripts", 20, None, "person",
         ["义务兵", "优待金", "入伍", "当兵补助", "军属优待"], [
             matx("enlistment-notice", "入伍通知书或部队出具的在役证明", "Enlistment notice or certificate of service"),
             matx("family-id", "家属居民身份证", "Family member's resident ID card"),
             mat("household-register"), mat("bank-card"),
         ], [
             text("soldierName", "义务兵姓名", "Conscript's name", True, maxLength=30),
             rid("soldierId", "义务兵公民身份号码", "Conscript's resident ID number", True),
             past("enlistDate", "入伍时间", "Date of enlistment", True),
             sel("relationToSoldier", "申请人与义务兵关系", "Applicant's relation to the conscript", O(
                 "parent|父母|Parent", "spouse|配偶|Spouse", "sibling|兄弟姐妹|Sibling", "self|本人|The conscript"), True),
             radio("enlistedAs", "入伍时身份", "Status on enlistment", O(
                 "student|在校大学生或毕业生|Student or graduate", "other|其他|Other"), True),
         ], tpl=["bank-account"], al=["义务兵优待金"], law=[VPL, PREF, "《中华人民共和国兵役法》"]),

    item("TJ-005", "部分农村籍退役士兵老年生活补助申请", "Old-age allowance for certain rural veterans: application", 20, 30, "person",
         ["农村籍退役士兵", "老年生活补助", "60岁老兵"], [
             mat("id-card"), mat("household-register"), mat("veteran-cert"), mat("bank-card"),
         ], [
             num("serviceYears", "服役年限（年）", "Years of service", True, min=1, max=40),
             yn("hasOtherSubsidy", "是否已享受其他定期定量补助", "Already receives another regular allowance"),
             DECL(),
         ], tpl=["veteran-service", "bank-account"], al=["农村退役士兵老年补助"], law=[PREF, "《民政部 财政部关于给部分农村籍退役士兵发放老年生活补助的通知》（民发〔2011〕110号）"],
         cond=("1954年11月1日试行义务兵役制后至《退役士兵安置条例》实施前入伍、年满60周岁、未享受国家定期抚恤补助的农村籍退役士兵。",
               "Rural soldiers who enlisted between 1 Nov 1954 and the 2011 regulation, aged 60+, without other regular state allowances.")),

    item("TJ-006", "退役士兵自主就业报到", "Discharged soldiers choosing self-employment: reporting", 0, None, "person",
         ["退役报到", "自主就业", "退伍报到", "军人退役"], [
             mat("id-card"), mat("veteran-cert"),
             matx("placement-letter", "退役士兵安置介绍信", "Veteran placement referral letter"),
             matx("archive", "退役士兵档案（由县级退役军人事务部门接收）", "Service file (received by the county veterans bureau)", required=False),
         ], [
             past("reportDate", "报到日期", "Date of reporting", True),
             yn("hukouRestored", "是否已办理户口登记", "Household registration restored"),
             multi("servicesWanted", "希望获得的就业服务", "Employment services wanted", O(
                 "jobReferral|职业介绍|Job referral", "training|职业技能培训|Skills training",
                 "startup|创业服务|Start-up support", "guidance|职业指导|Career guidance")),
             sel("education", "文化程度", "Education", EDUCATION, True),
         ], tpl=["veteran-service"], al=["退役士兵报到"], law=[VPL, SOLDIER],
         notes=("自退出现役之日起30日内持安置介绍信报到。", "Report within 30 days of discharge with the placement letter.")),
]

VET_MATS = lambda: [mat("id-card"), mat("veteran-cert")]

ITEMS += [
    item("TJ-007", "烈士遗属等优抚对象优待证申领", "Preferential card for martyrs' families and other entitled groups", 20, None, "person",
         ["烈属优待证", "优抚对象优待证", "烈士遗属"], [
             mat("id-card"), matx("martyr-cert", "烈士证明书、因公牺牲或病故军人证明书", "Martyr or deceased-soldier certificate", el=True), mat("photo"),
         ], [
             sel("entitledGroup", "优抚对象类别", "Group", O(
                 "martyrFamily|烈士遗属|Martyr's family", "dutyDeathFamily|因公牺牲军人遗属|Family of a soldier who died on duty",
                 "illDeathFamily|病故军人遗属|Family of a soldier who died of illness", "disabledSoldier|残疾军人|Disabled soldier"), True),
             text("martyrName", "烈士（军人）姓名", "Martyr's or soldier's name", True, maxLength=30),
             sel("relationToMartyr", "与烈士（军人）关系", "Relation", O(
                 "parent|父母（抚养人）|Parent", "spouse|配偶|Spouse", "child|子女|Child", "sibling|兄弟姐妹|Sibling"), True),
         ], al=["烈属优待证"], law=[CARD, MARTYR]),

    item("TJ-008", "参战参试退役军人生活补助申请", "Living allowance for veterans of wars and nuclear tests", 20, 30, "person",
         ["参战", "参试", "老兵补助", "生活补助"], VET_MATS() + [
             matx("war-proof", "参战参试证明（档案记载）", "Proof of war or test participation (service records)"), mat("bank-card"),
         ], [
             radio("serviceType", "类别", "Type", O("war|参战|War veteran", "test|参加核试验|Nuclear test participant"), True),
             text("campaign", "参战（参试）时间及地点", "When and where", True, maxLength=80),
         ], tpl=["veteran-service", "bank-account"], al=["参战老兵补助"], law=[VPL, PREF]),

    item("TJ-009", "在乡复员军人、带病回乡退伍军人定期定量补助申请（受理转办）", "Regular allowance for demobilised soldiers in rural areas and veterans who returned ill (forwarded)", 20, 30, "person",
         ["在乡复员军人", "带病回乡", "定期定量补助"], VET_MATS() + [
             mat("medical-record", when=eq("allowanceCase", "returnedIll")), mat("bank-card"),
         ], [
             radio("allowanceCase", "补助情形", "Case", O(
                 "demobilised|在乡复员军人|Demobilised soldier in a rural area", "returnedIll|带病回乡退伍军人|Veteran who returned ill"), True),
             text("illnessName", "所患疾病", "Illness", maxLength=60, vis=eq("allowanceCase", "returnedIll"), rw=eq("allowanceCase", "returnedIll")),
         ], tpl=["veteran-service", "bank-account"], al=["复员军人补助"], law=[PREF]),

    item("TJ-010", "优抚对象医疗补助申请", "Medical assistance for entitled groups", 15, None, "person",
         ["优抚医疗", "医疗补助", "老兵看病"], [
             mat("id-card"), matx("entitled-cert", "优抚对象证件", "Entitled-group certificate", el=True),
             mat("medical-invoice"), mat("expense-list"), mat("bank-card"),
         ], [sel("entitledType", "优抚类别", "Group", O(
                 "disabledSoldier|残疾军人|Disabled soldier", "martyrFamily|烈属|Martyr's family",
                 "demobilised|在乡复员军人|Demobilised soldier", "warVeteran|参战参试人员|War veteran"), True)],
         tpl=["medical-expenses", "bank-account"], al=["优抚对象医疗救助"], law=[PREF]),

    item("TJ-011", "困难退役军人帮扶援助申请", "Assistance for veterans in hardship", 15, None, "person",
         ["困难退役军人", "帮扶援助", "老兵困难"], VET_MATS() + [
             matx("hardship-statement", "困难情况证明", "Proof of hardship", cm=True), mat("bank-card"),
         ], [
             multi("veteranHardship", "困难原因", "Causes", O(
                 "illness|重大疾病|Serious illness", "disaster|意外灾害|Disaster", "unemployment|失业|Unemployment",
                 "education|子女教育|Children's education"), True),
             money("hardshipAmount", "申请援助金额（元）", "Amount requested (CNY)", True, max=50000),
         ], tpl=["veteran-service", "bank-account"], al=["退役军人帮扶"], law=[VPL]),

    item("TJ-012", "退役军人就业创业服务登记", "Employment and start-up services registration for veterans", 0, None, "person",
         ["退役军人就业", "创业", "适应性培训"], VET_MATS(), [
             radio("vetServiceNeed", "服务需求", "Need", O(
                 "job|求职推荐|Job referral", "training|职业技能培训|Skills training", "startup|创业扶持|Start-up support"), True),
             text("vetDesiredJob", "意向岗位或创业项目", "Desired job or business", True, maxLength=60),
         ], tpl=["veteran-service"], al=["退役军人就业登记"], law=[VPL]),

    item("TJ-013", "退役军人优待证补领、换领", "Veterans' preferential card: replacement or exchange", 20, None, "person",
         ["优待证补领", "优待证换领", "优待证遗失"], [mat("id-card"), mat("photo")], [
             radio("vetCardAction", "办理类型", "Action", O(
                 "replace|遗失补领|Replace a lost card", "exchange|损坏或信息变更换领|Exchange a damaged card or after a data change"), True),
             past("vetCardLostDate", "遗失日期", "Date lost", vis=eq("vetCardAction", "replace"), rw=eq("vetCardAction", "replace")),
             chk("vetLossReported", "已通过浙里办或窗口挂失原卡", "The old card has been reported lost", vis=eq("vetCardAction", "replace"),
                 rw=eq("vetCardAction", "replace")),
             area("vetExchangeReason", "换领原因", "Reason for exchange", maxLength=200, vis=eq("vetCardAction", "exchange"),
                  rw=eq("vetCardAction", "exchange")),
         ], al=["退役军人优待证补办"], law=[CARD]),

    item("TJ-014", "优抚对象信息变更", "Entitled groups: change of data", 10, None, "person",
         ["优抚信息变更", "抚恤金账户", "户籍迁移"], [mat("id-card"), matx("change-proof", "变更依据材料", "Proof of the change")], [
             sel("vetChangeItem", "变更事项", "Change", O(
                 "account|抚恤补助发放账户|Payment account", "hukou|户籍迁移|Moved registration",
                 "name|姓名、身份证号|Name or ID", "contact|联系方式、住址|Contact"), True),
             text("vetNewValue", "变更后内容", "New value", True, maxLength=100),
         ], tpl=["bank-account"], al=["优抚对象变更"], law=[PREF]),

    item("TJ-015", "优抚对象抚恤补助停发（死亡）", "Entitled groups: stopping payments after death", 10, None, "person",
         ["抚恤停发", "优抚对象死亡", "一次性抚恤金", "身后"], [mat("death-cert"), mat("kinship-proof")], [
             yn("claimOneOff", "是否申领一次性抚恤金（按规定享受的）", "Claim the one-off survivors' payment where entitled"),
         ], tpl=["deceased-person", "bank-account"], al=["优抚对象去世"], law=[PREF]),

    item("TJ-016", "退役士兵教育培训申请", "Education and training for discharged soldiers", 10, None, "person",
         ["退役士兵培训", "学历教育", "免费培训"], VET_MATS(), [
             radio("trainingKind", "培训类型", "Type", O(
                 "vocational|职业技能培训|Vocational training", "degree|学历教育（高职扩招等）|Degree programme"), True),
             text("trainingMajor", "意向专业（工种）", "Preferred subject or trade", True, maxLength=40),
         ], tpl=["veteran-service"], al=["退役士兵职业培训"], law=[SOLDIER, VPL]),

    item("TJ-017", "残疾军人残疾等级评定申请（受理）", "Disabled soldiers: disability grade assessment (accepted here)", 20, None, "person",
         ["评残", "伤残军人", "残疾等级评定"], VET_MATS() + [
             matx("injury-record", "致残时的原始医疗诊断、事故证明", "Original medical and incident records at the time of injury"),
         ], [
             radio("injuryNature", "致残性质", "Nature", O(
                 "war|因战|In combat", "duty|因公|On duty", "illness|因病|Illness"), True),
             past("injuryDate", "致残日期", "Date of injury", True),
             area("injuryDescription", "致残经过", "How it happened", True, maxLength=800),
         ], tpl=["veteran-service"], al=["伤残评定"], law=[PREF, "《伤残抚恤管理办法》"]),

    item("TJ-018", "退役军人创业担保贷款贴息申请", "Interest subsidy on start-up loans for veterans", 15, None, "person",
         ["退役军人创业", "贷款贴息", "创业贷款"], VET_MATS() + [mat("business-licence"), matx("loan-contract", "贷款合同及付息凭证", "Loan contract and interest receipts")], [
             ccode("creditCode", "统一社会信用代码", "Unified social credit code", True),
             money("vetLoanAmount", "贷款金额（元）", "Loan (CNY)", True, min=1000, max=500000),
             money("interestPaid", "已付利息（元）", "Interest paid (CNY)", True, max=100000),
         ], tpl=["veteran-service", "bank-account"], al=["退役军人贴息"], law=[VPL]),
]

ITEMS += [
    item("TJ-019", "光荣牌补发、换发", "Honour plaque: replacement", 0, None, "person",
         ["光荣牌补发", "光荣之家", "光荣牌损坏"], [mat("id-card"), matx("entitled-cert", "退役证件或优抚对象证件", "Discharge or entitlement document", el=True)], [
             radio("plaqueAction", "办理类型", "Action", O("replace|遗失补发|Replace a lost plaque", "exchange|损坏、褪色换发|Exchange a damaged plaque"), True),
             addr("plaqueAddress", "悬挂地址", "Address", True),
             chk("oldPlaqueReturned", "已交回损坏的旧牌", "Old plaque handed back", vis=eq("plaqueAction", "exchange"), rw=eq("plaqueAction", "exchange")),
         ], al=["光荣牌换新"], law=[PREF, "《光荣牌悬挂工作实施办法》"]),
]
