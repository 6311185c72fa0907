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
