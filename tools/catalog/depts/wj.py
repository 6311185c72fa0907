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
