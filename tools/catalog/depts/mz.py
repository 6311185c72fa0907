"""民政 Civil Affairs."""
from common import *

SA = "《社会救助暂行办法》"
ZJSA = "《浙江省社会救助条例》"
DIBAO = "《最低生活保障审核确认办法》（民发〔2021〕57号）"
TEKUN = "《特困人员认定办法》（民发〔2021〕43号）"
TEMP = "《民政部 财政部关于进一步加强和改进临时救助工作的意见》（民发〔2018〕23号）"
TWO = "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）"
ELDER = "《中华人民共和国老年人权益保障法》"
ZJELDER = "《浙江省老年人权益保障条例》"
ORPHAN = "《国务院办公厅关于加强孤儿保障工作的意见》（国办发〔2010〕54号）"
FUNERAL = "《殡葬管理条例》"
LOWINC = "《国务院办公厅转发民政部等单位关于加强低收入人口动态监测做好分层分类社会救助工作的意见》（国办发〔2023〕39号）"

AID_MATS = lambda: [
    mat("id-card"),
    mat("household-register", note=("家庭成员户籍信息通过数据共享核验", "Household members' registration is verified through data sharing")),
    mat("social-aid-form"),
    mat("check-authorisation"),
]

HARDSHIP_REASON = multi("hardshipReasons", "致困原因", "Causes of hardship", O(
    "illness|因病|Illness", "disability|因残|Disability", "noLabour|缺乏劳动力|Lack of labour",
    "education|因学|Education costs", "disaster|因灾|Disaster", "accident|意外事故|Accident",
    "unemployment|失业|Unemployment", "other|其他|Other"), True)

ITEMS = [
    item("MZ-001", "最低生活保障家庭认定及保障金给付", "Minimum living allowance: household eligibility and payment", 20, 23, "person",
         ["低保", "最低生活保障", "救助", "生活困难", "低保金"], AID_MATS() + [
             mat("disability-cert", when=eq("hasDisabledMember", "yes")),
             mat("medical-record", when=checked("claimsIllness"), name=("重病成员的病历或诊断证明", "Medical records of seriously ill members")),
         ], [
             HARDSHIP_REASON,
             yn("hasDisabledMember", "家庭成员中是否有持证残疾人", "A household member holds a disability certificate"),
             chk("claimsIllness", "家庭成员中有重病患者", "A household member is seriously ill"),
             *ASSETS(),
             radio("applyAsIndividual", "申请方式", "Application type", O(
                 "household|以家庭为单位申请|Whole household",
                 "individual|单人户（重残、重病成员单独申请）|Single person (severely disabled or ill member)"), True,
                 help=("低保边缘家庭中的重残、重病成员可单独申请低保", "Severely disabled or ill members of a marginal household may apply alone")),
             AUTH(), DECL(),
         ], tpl=["household-members", "bank-account"], al=["低保申请", "申请低保"], law=[SA, ZJSA, DIBAO],
         cond=("共同生活的家庭成员人均收入低于当地最低生活保障标准，且家庭财产状况符合当地规定的本地户籍家庭。",
               "Registered households whose income per person is below the local minimum living standard and whose assets meet the local limits."),
         notes=("承诺时限不含7天公示期；受理后乡镇（街道）入户调查，县级民政部门审核确认。",
                "The promised limit excludes the 7-day public notice; the township visits the home and the county civil affairs bureau decides.")),

    item("MZ-002", "最低生活保障边缘家庭认定", "Marginal minimum-living-allowance household: recognition", 20, 23, "person",
         ["低保边缘", "低边", "边缘家庭", "救助"], AID_MATS(), [
             HARDSHIP_REASON,
             *ASSETS(),
             AUTH(), DECL(),
         ], tpl=["household-members"], al=["低保边缘户申请"], law=[SA, ZJSA, LOWINC],
         cond=("不符合低保条件，家庭人均收入低于当地低保标准1.5倍（浙江），且财产状况符合规定的家庭。",
               "Households not eligible for the minimum living allowance whose income per person is below 1.5 times the standard and whose assets meet the limits.")),

    item("MZ-003", "支出型困难家庭认定", "Expenditure-hardship household: recognition", 20, 23, "person",
         ["支出型困难", "刚性支出", "因病致贫", "救助"], AID_MATS() + [
             matx("rigid-expense-proof", "刚性支出证明（医疗费用票据、教育费用凭证等）", "Proof of unavoidable expenditure (medical or education receipts)",
                  note=("近12个月内的支出凭证", "Receipts for the last 12 months")),
         ], [
             multi("expenseTypes", "刚性支出类型", "Types of unavoidable expenditure", O(
                 "medical|医疗费用|Medical costs", "education|教育费用|Education costs",
                 "care|残疾康复、护理费用|Rehabilitation or care costs", "disaster|灾害、事故损失|Disaster or accident losses"), True),
             money("annualRigidExpense", "近12个月刚性支出合计（元）", "Unavoidable expenditure in the last 12 months (CNY)", True),
             *ASSETS(),
             AUTH(), DECL(),
         ], tpl=["household-members"], al=["刚性支出困难家庭认定"], law=[SA, ZJSA, LOWINC]),

    item("MZ-004", "特困人员救助供养认定", "Destitute persons' support: recognition", 20, 30, "person",
         ["特困", "五保", "特困供养", "救助供养"], [
             mat("id-card"), mat("household-register"), mat("social-aid-form"), mat("check-authorisation"),
             mat("disability-cert", required=False),
             mat("medical-record", required=False),
         ], [
             multi("destituteGrounds", "认定情形", "Grounds", O(
                 "noLabour|无劳动能力|Unable to work", "noIncome|无生活来源|No means of living",
                 "noSupporter|无法定赡养、抚养、扶养义务人或其无履行能力|No legally obliged supporter able to pay"), True),
             radio("supportMode", "供养方式", "Form of support", O(
                 "home|分散供养（居家）|At home", "institution|集中供养（敬老院、福利院）|In a care home"), True),
             text("preferredInstitution", "意向供养机构", "Preferred care home", maxLength=60, vis=eq("supportMode", "institution")),
             sel("selfCareAbility", "生活自理能力", "Self-care ability", O(
                 "full|具备生活自理能力|Fully independent", "partial|部分丧失生活自理能力|Partly dependent",
                 "total|完全丧失生活自理能力|Fully dependent"), True),
             *ASSETS(),
             AUTH(), DECL(),
         ], tpl=["bank-account"], al=["五保户申请", "特困人员申请"], law=[SA, ZJSA, TEKUN],
         cond=("老年人、残疾人以及未满18周岁的未成年人，同时具备无劳动能力、无生活来源、无法定赡养抚养扶养义务人或其无履行能力的。",
               "Elderly, disabled people and minors who are unable to work, have no income and no supporter able to support them.")),

    item("MZ-005", "临时救助申请（一般程序）", "Temporary assistance: ordinary procedure", 10, 15, "person",
         ["临时救助", "急难", "救助", "突发困难"], AID_MATS() + [
             matx("hardship-event-proof", "困难事由证明（医疗费用票据、事故证明、火灾证明等）", "Proof of the hardship event (medical receipts, accident or fire report …)"),
         ], [
             sel("emergencyType", "困难类型", "Type of hardship", O(
                 "accident|火灾、交通事故等意外事件|Fire, traffic accident or other mishap",
                 "illness|重大疾病|Serious illness", "education|子女教育费用|Education costs",
                 "lostIncome|突发失业、收入骤减|Sudden loss of income", "other|其他特殊困难|Other"), True),
             past("eventDate", "困难发生日期", "Date of the event", True),
             area("hardshipDescription", "困难情况说明", "Description of the hardship", True, maxLength=800),
             money("requestedAmount", "申请救助金额（元）", "Amount requested (CNY)", True, max=100000),
             AUTH(), DECL(),
         ], tpl=["household-members", "bank-account"], al=["申请临时救助"], law=[SA, ZJSA, TEMP]),

    item("MZ-006", "临时救助（急难型先行救助）", "Temporary assistance: immediate emergency aid", 0, None, "person",
         ["急难救助", "先行救助", "临时救助", "紧急救助"], [
             mat("id-card", note=("无法提供的可由村（社区）或工作人员核实身份", "If unavailable, identity is confirmed by the village or staff")),
             matx("emergency-statement", "困难情况说明（可现场填写）", "Statement of the emergency (can be written at the counter)"),
         ], [
             sel("emergencyType", "困难类型", "Type of hardship", O(
                 "accident|火灾、交通事故等意外事件|Fire, traffic accident or other mishap",
                 "illness|重大疾病|Serious illness", "education|子女教育费用|Education costs",
                 "lostIncome|突发失业、收入骤减|Sudden loss of income", "other|其他特殊困难|Other"), True),
             area("hardshipDescription", "困难情况说明", "Description of the hardship", True, maxLength=800),
             money("grantedAmount", "先行救助金额（元）", "Emergency aid granted (CNY)", True, max=5000,
                   help=("乡镇（街道）审批额度内发放，事后补齐手续", "Within the township's delegated limit; paperwork completed afterwards")),
             radio("aidForm", "救助方式", "Form of aid", O("cash|现金|Cash", "transfer|转账|Bank transfer",
                                                        "goods|实物|In kind"), True),
         ], al=["急难型临时救助", "小额临时救助"], law=[SA, ZJSA, TEMP]),

    item("MZ-007", "困难残疾人生活补贴申请", "Living allowance for disabled people in hardship: application", 20, 30, "person",
         ["残疾人两项补贴", "困难残疾人", "生活补贴", "残补"], [
             mat("id-card"), mat("disability-cert"), mat("household-register"), mat("hardship-proof"), mat("bank-card"),
         ], [
             sel("hardshipStatus", "困难身份", "Hardship status", O(
                 "subsistence|低保家庭|Minimum-allowance household", "marginal|低保边缘家庭|Marginal household",
                 "expenditure|支出型困难家庭|Expenditure-hardship household"), True),
             yn("receivesCareSubsidy", "是否同时申请重度残疾人护理补贴", "Also applying for the severe-disability care subsidy"),
             DECL(),
         ], tpl=["disability-cert", "bank-account"], al=["两项补贴申请"], law=[TWO, "《中华人民共和国残疾人保障法》"],
         cond=("持有第二代残疾人证的低保、低保边缘等困难家庭中的残疾人。", "Holders of a second-generation disability certificate in minimum-allowance or marginal households."),
         notes=("乡镇初审后公示7天，县残联审核、民政部门审定；承诺时限不含公示期。",
                "Township check, 7-day notice, county DPF review and civil-affairs approval; the notice is excluded from the limit.")),

    item("MZ-008", "重度残疾人护理补贴申请", "Care subsidy for people with severe disabilities: application", 20, 30, "person",
         ["重度残疾人", "护理补贴", "残疾人两项补贴", "一级二级残疾"], [
             mat("id-card"), mat("disability-cert"), mat("household-register"), mat("bank-card"),
         ], [
             radio("careArrangement", "护理方式", "Care arrangement", O(
                 "family|居家由家属照料|Cared for at home by family", "paidCarer|居家聘请护理人员|Paid carer at home",
                 "institution|入住养老或托养机构|Living in a care institution"), True),
             text("institutionName", "入住机构名称", "Institution", maxLength=60, vis=eq("careArrangement", "institution"),
                  rw=eq("careArrangement", "institution")),
             DECL(),
         ], tpl=["disability-cert", "bank-account"], al=["重残护理补贴"], law=[TWO, "《中华人民共和国残疾人保障法》"],
         cond=("残疾等级为一级、二级且需要长期照护的重度残疾人，以及符合当地规定的三级、四级智力和精神残疾人。",
               "Grade 1 or 2 disabled people needing long-term care, and grade 3/4 intellectual or mental disabilities as provided locally.")),

    item("MZ-009", "高龄津贴（高龄老人生活补贴）申领", "Allowance for the very old: claim", 10, 20, "person",
         ["高龄津贴", "高龄补贴", "80岁", "老人补贴", "尊老金"], [
             mat("id-card"), mat("household-register"), mat("bank-card"),
         ], [
             sel("ageBand", "年龄段", "Age band", O(
                 "80|80至89周岁|80–89", "90|90至99周岁|90–99", "100|100周岁及以上|100 and over"), True),
             yn("livesInInstitution", "是否入住养老机构", "Lives in a care home"),
             DECL(),
         ], tpl=["bank-account"], al=["高龄老人生活补贴申领"], law=[ELDER, ZJELDER]),

    item("MZ-010", "浙江省老年人优待证办理", "Zhejiang senior citizen's preferential card", 0, None, "person",
         ["老年人优待证", "老年证", "敬老卡", "公交免费"], [
             mat("id-card"), mat("photo", note=("已有电子证照照片的可免交", "Not needed when an e-licence photo exists")),
         ], [
             radio("cardAction", "办理类型", "Action", O(
                 "new|首次办理|First issue", "renew|损坏或信息变更换领|Exchange (damaged card or changed data)"), True),
             radio("cardForm", "证件形式", "Form", O(
                 "electronic|电子优待证|Electronic", "physical|实体卡|Physical card"), True),
         ], al=["老年人优待证", "老年优待证补办"], law=[ELDER, ZJELDER]),

    item("MZ-011", "惠民殡葬（基本殡葬服务费减免）申请", "Basic funeral service fee exemption", 0, None, "person",
         ["殡葬", "火化费减免", "丧葬", "惠民殡葬", "身后"], [
             mat("cremation-cert"),
             matx("deceased-id", "逝者居民身份证", "Deceased's resident ID card"),
             matx("agent-id", "经办人居民身份证", "ID card of the person handling it"),
         ], [
             multi("exemptServices", "减免项目", "Services exempted", O(
                 "transport|遗体接运|Transport of the body", "storage|遗体存放|Storage", "cremation|遗体火化|Cremation",
                 "urn|骨灰寄存|Urn storage"), True),
             text("funeralHome", "殡仪馆", "Funeral home", True, maxLength=60),
         ], tpl=["deceased-person"], al=["基本殡葬服务费减免"], law=[FUNERAL, "《浙江省殡葬管理条例》"],
         notes=("浙江省户籍居民去世后基本殡葬服务费用全免，多数地区由殡仪馆直接减免，无需事后申请。",
                "Basic funeral services are free for Zhejiang residents; usually the funeral home applies the exemption directly.")),
]

ITEMS += [
    item("MZ-012", "残疾人两项补贴停发、变更", "Disability allowances: stopping or changing payment", 10, 20, "person",
         ["两项补贴停发", "残疾人补贴变更", "身后"], [
             matx("holder-id", "残疾人居民身份证", "Disabled person's ID card", required=False),
             mat("disability-cert", required=False),
             mat("death-cert", when=eq("changeReason", "death")),
             matx("change-proof", "变更事由材料", "Proof of the change", when=isin("changeReason", ["levelChange", "hardshipEnded", "moved"])),
         ], [
             radio("changeReason", "停发、变更原因", "Reason", O(
                 "death|残疾人死亡|Death", "levelChange|残疾等级变化|Change of grade",
                 "hardshipEnded|家庭不再属于困难家庭|No longer a hardship household",
                 "moved|户籍迁出|Moved away", "account|变更发放账户|Change of payment account"), True),
             text("holderName", "残疾人姓名", "Disabled person's name", True, maxLength=30),
             rid("holderId", "残疾人公民身份号码", "Disabled person's resident ID number", True),
             past("deathDate", "死亡日期", "Date of death", vis=eq("changeReason", "death"), rw=eq("changeReason", "death")),
         ], al=["两项补贴停发"], law=[TWO]),
]

CHILD = "《国务院办公厅关于加强困境儿童保障工作的意见》（国发〔2016〕36号）"
UNATTENDED = "《关于进一步加强事实无人抚养儿童保障工作的意见》（民发〔2019〕62号）"
SOCORG = "《民政部关于大力培育发展社区社会组织的意见》（民发〔2017〕191号）"
VAGRANT = "《城市生活无着的流浪乞讨人员救助管理办法》"
PLACE = "《地名管理条例》"
CARE = "《浙江省养老服务条例》"

ORG_MATS = lambda: [matx("org-head-id", "负责人居民身份证", "ID card of the person in charge"),
                    matx("org-filing-form", "《社区社会组织备案表》", "Community organisation filing form")]

ITEMS += [
    item("MZ-013", "特困人员终止救助供养", "Destitute persons' support: termination", 10, 20, "person",
         ["特困终止", "五保终止", "停止供养", "身后"], [
             matx("tekun-id", "特困人员居民身份证", "ID card of the supported person", required=False),
             mat("death-cert", when=eq("tekunEndReason", "death")),
             matx("end-grounds", "终止事由材料（就业收入证明、赡养人情况等）", "Grounds for termination (income, supporter …)",
                  when=isin("tekunEndReason", ["income", "supporter"])),
         ], [
             text("tekunName", "特困人员姓名", "Name", True, maxLength=30),
             rid("tekunId", "特困人员公民身份号码", "Resident ID number", True),
             sel("tekunEndReason", "终止原因", "Reason", O(
                 "death|死亡或被宣告死亡、失踪|Died, declared dead or missing",
                 "income|具备或恢复劳动能力、有了生活来源|Can work again or has income",
                 "supporter|有了具备履行能力的法定义务人|A legally obliged supporter can now pay",
                 "prison|被判处有期徒刑以上刑罚且在监狱服刑|Serving a prison sentence",
                 "moved|户籍迁出|Moved away"), True),
             past("tekunEndDate", "事由发生日期", "Date of the event", True),
         ], al=["特困供养终止"], law=[SA, TEKUN]),

    item("MZ-014", "特困人员照料护理等级评估", "Destitute persons: care-level assessment", 15, 20, "person",
         ["照料护理", "生活自理能力评估", "特困护理补贴"], [
             mat("id-card"), mat("medical-record", required=False), mat("disability-cert", required=False),
             matx("care-assessment-form", "《特困人员生活自理能力评估表》", "Self-care assessment form"),
         ], [
             multi("adlLimits", "日常生活不能自理的项目", "Daily activities the person cannot manage", O(
                 "eating|自主吃饭|Eating", "dressing|自主穿衣|Dressing", "toilet|自主上下床、如厕|Getting up and toilet",
                 "walking|室内行走|Walking indoors", "bathing|自主洗澡|Bathing", "none|均能自理|None"), True),
             radio("currentCare", "当前照料方式", "Current care", O(
                 "self|自行生活|Lives alone", "relative|亲友照料|Relatives", "institution|供养机构|Care home"), True),
         ], al=["特困护理等级评估"], law=[TEKUN, "《特困人员认定办法》第十四条"]),

    item("MZ-015", "社会救助对象家庭人口及收入变更申报", "Social assistance households: reporting changes in members or income", 10, 20, "person",
         ["低保变更", "救助变更", "家庭人口变化", "收入变化"], [
             mat("id-card"), matx("change-statement", "变更情况说明", "Statement of the change"),
             matx("income-proof", "收入证明", "Proof of income", when=eq("aidChangeType", "income"), cm=True),
         ], [
             sel("aidStatus", "当前救助类别", "Current assistance", O(
                 "dibao|低保|Minimum living allowance", "marginal|低保边缘|Marginal household", "tekun|特困|Destitute support"), True),
             sel("aidChangeType", "变更事项", "What changed", O(
                 "memberIn|家庭成员增加（出生、婚入、迁入）|Member added (birth, marriage, move-in)",
                 "memberOut|家庭成员减少（死亡、婚出、迁出）|Member left (death, marriage, move-out)",
                 "income|家庭收入变化|Income changed", "assets|家庭财产变化|Assets changed"), True),
             past("aidChangeDate", "变化发生日期", "Date of the change", True),
             money("newMonthlyIncome", "变更后家庭月总收入（元）", "Household monthly income after the change (CNY)",
                   vis=eq("aidChangeType", "income"), rw=eq("aidChangeType", "income")),
             area("aidChangeNote", "变化情况说明", "Details", True, maxLength=500),
             AUTH(),
         ], al=["低保对象变更申报"], law=[SA, ZJSA, DIBAO]),

    item("MZ-016", "社会救助家庭经济状况核对授权", "Household financial check authorisation for social assistance", 0, None, "person",
         ["核对授权", "经济状况核对", "授权书"], [
             mat("id-card", name=("家庭成员居民身份证", "Household members' ID cards")), mat("check-authorisation"),
         ], [
             sel("checkPurpose", "核对用途", "Purpose", O(
                 "dibao|低保、低边申请|Minimum allowance or marginal household", "tekun|特困供养|Destitute support",
                 "temporary|临时救助|Temporary assistance", "housing|住房保障|Housing support",
                 "education|教育资助|Education aid", "medical|医疗救助|Medical assistance"), True),
             group("authorisers", "签署授权的成年家庭成员", "Adult household members signing", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "Resident ID number", True),
                 chk("signed", "已当场签字（或人脸核验授权）", "Signed at the counter (or face-verified)", True),
             ], minRows=1, maxRows=12, req=True),
         ], al=["家庭经济状况核对授权书签署"], law=[SA, "《浙江省居民家庭经济状况核对办法》"]),

    item("MZ-017", "百岁老人长寿保健金申领", "Longevity allowance for centenarians", 10, 20, "person",
         ["百岁老人", "长寿保健金", "长寿金", "百岁"], [mat("id-card"), mat("household-register"), mat("bank-card")], [
             past("elderBirthDate", "老人出生日期", "Date of birth", True),
             radio("elderApplicant", "申请人", "Applicant", O("self|老人本人|The elder", "family|家属代办|Family on the elder's behalf"), True),
             DECL(),
         ], tpl=["bank-account"], al=["百岁老人补贴"], law=[ELDER, ZJELDER]),

    item("MZ-018", "经济困难的高龄、失能老年人养老服务补贴申请", "Care service subsidy for very old or disabled elders in financial hardship", 15, 20, "person",
         ["养老服务补贴", "失能老人", "高龄补贴", "困难老人"], [
             mat("id-card"), mat("household-register"), mat("hardship-proof"),
             matx("ability-assessment", "老年人能力评估结果", "Elderly ability assessment result", el=True), mat("bank-card"),
         ], [
             sel("elderHardship", "困难类别", "Hardship status", O(
                 "dibao|低保|Minimum allowance", "marginal|低保边缘|Marginal", "tekun|特困|Destitute"), True),
             sel("abilityLevel", "能力评估等级", "Assessed level", O(
                 "mild|轻度失能|Mildly disabled", "moderate|中度失能|Moderately disabled", "severe|重度失能|Severely disabled"), True),
             radio("serviceForm", "补贴使用方式", "Use of the subsidy", O(
                 "homeService|购买居家养老服务|Home-care services", "institution|入住养老机构|Care home"), True),
         ], tpl=["bank-account"], al=["困难老人养老服务补贴"], law=[ELDER, CARE]),

    item("MZ-019", "居家养老服务补贴申请", "Home-based elderly care service subsidy", 15, 20, "person",
         ["居家养老", "服务补贴", "上门服务", "助餐"], [
             mat("id-card"), mat("household-register"),
             matx("home-care-form", "《居家养老服务补贴申请表》", "Home-care subsidy application form"),
         ], [
             multi("homeServices", "需要的服务", "Services needed", O(
                 "meals|助餐|Meals", "cleaning|助洁|Cleaning", "bathing|助浴|Bathing", "medical|助医|Medical visits",
                 "companionship|精神慰藉|Companionship"), True),
             sel("livingArrangement", "居住情况", "Living arrangement", O(
                 "alone|独居|Alone", "couple|与配偶同住|With spouse", "children|与子女同住|With children"), True),
             yn("hasDisability", "是否失能或半失能", "Disabled or partly disabled"),
         ], tpl=["contact-person"], al=["居家养老补贴"], law=[ELDER, CARE]),

    item("MZ-020", "老年人能力评估申请", "Elderly ability assessment", 15, 20, "person",
         ["能力评估", "失能评估", "老年人评估"], [mat("id-card"), mat("medical-record", required=False)], [
             sel("assessPurpose", "评估用途", "Purpose", O(
                 "subsidy|申请养老服务补贴|Care subsidy", "institution|入住养老机构|Admission to a care home",
                 "bed|家庭养老床位|Home care bed"), True),
             addr("assessAddress", "评估地址", "Address for the assessment", True),
             multi("chronicConditions", "主要疾病", "Main conditions", O(
                 "stroke|脑卒中|Stroke", "dementia|认知障碍|Dementia", "heart|心脑血管疾病|Cardiovascular",
                 "fracture|骨折后遗症|After a fracture", "none|无|None"), True),
         ], tpl=["contact-person"], al=["老人失能评估申请"], law=[ELDER, "《老年人能力评估规范》（GB/T 42195-2022）"]),

    item("MZ-021", "孤儿基本生活费申请（孤儿认定）", "Orphans: recognition and basic living allowance", 20, 30, "person",
         ["孤儿", "孤儿基本生活费", "儿童保障"], [
             matx("child-id", "儿童户口簿或居民身份证", "Child's household register or ID card", el=True),
             matx("parents-death", "父母死亡证明或人民法院宣告死亡、失踪的判决书", "Parents' death certificates or court declarations", el=True),
             mat("minor-guardian-id"), mat("bank-card"),
         ], [
             text("childName", "儿童姓名", "Child's name", True, maxLength=30),
             rid("childId", "儿童公民身份号码", "Child's resident ID number", True),
             radio("orphanCare", "抚养方式", "Care arrangement", O(
                 "family|社会散居（亲属抚养）|Living with relatives", "institution|福利机构集中养育|In a welfare institution"), True),
         ], tpl=["guardian", "bank-account"], al=["孤儿认定"], law=[ORPHAN, "《中华人民共和国未成年人保护法》"]),

    item("MZ-022", "事实无人抚养儿童认定及基本生活补贴申请", "Children de facto without carers: recognition and living allowance", 20, 30, "person",
         ["事实无人抚养", "困境儿童", "留守儿童", "儿童补贴"], [
             matx("child-register", "儿童户口簿", "Child's household register", el=True),
             matx("parents-situation", "父母情况证明（重残、重病、服刑、强制隔离戒毒、失联等）", "Proof of the parents' situation"),
             mat("minor-guardian-id"), mat("bank-card"),
         ], [
             text("childName", "儿童姓名", "Child's name", True, maxLength=30),
             rid("childId", "儿童公民身份号码", "Child's resident ID number", True),
             sel("fatherSituation", "父亲情况", "Father's situation", O(
                 "dead|死亡或宣告死亡|Dead", "severeDisability|重残|Severe disability", "seriousIllness|重病|Serious illness",
                 "prison|服刑在押|In prison", "detox|强制隔离戒毒|Compulsory drug rehab", "missing|失联|Missing",
                 "normal|正常|None of these"), True),
             sel("motherSituation", "母亲情况", "Mother's situation", O(
                 "dead|死亡或宣告死亡|Dead", "severeDisability|重残|Severe disability", "seriousIllness|重病|Serious illness",
                 "prison|服刑在押|In prison", "detox|强制隔离戒毒|Compulsory drug rehab", "missing|失联|Missing",
                 "normal|正常|None of these"), True),
         ], tpl=["guardian", "bank-account"], al=["事实无人抚养儿童申请"], law=[UNATTENDED]),

    item("MZ-023", "困境儿童认定及基本生活保障", "Children in difficulty: recognition and basic living support", 20, 30, "person",
         ["困境儿童", "重病儿童", "残疾儿童", "儿童保障"], [
             matx("child-register", "儿童户口簿", "Child's household register", el=True),
             mat("hardship-proof", name=("家庭困难证明", "Proof of household hardship")),
             mat("disability-cert", when=eq("difficultyType", "disabled")),
             mat("medical-record", when=eq("difficultyType", "ill")),
             mat("minor-guardian-id"), mat("bank-card"),
         ], [
             text("childName", "儿童姓名", "Child's name", True, maxLength=30),
             rid("childId", "儿童公民身份号码", "Child's resident ID number", True),
             sel("difficultyType", "困境类型", "Type of difficulty", O(
                 "poor|因家庭贫困|Household poverty", "disabled|因自身残疾|Own disability", "ill|因自身重病|Own serious illness"), True),
         ], tpl=["guardian", "bank-account"], al=["困境儿童申请"], law=[CHILD]),

    item("MZ-024", "生态安葬（节地生态安葬）奖补申请", "Reward for eco-friendly burial", 15, 20, "person",
         ["生态安葬", "树葬", "海葬", "节地安葬", "身后"], [
             mat("cremation-cert"), matx("burial-proof", "安葬证明（公墓或骨灰撒散单位出具）", "Burial certificate"),
             mat("id-card", name=("申请人居民身份证", "Applicant's ID card")), mat("bank-card"),
         ], [
             sel("burialForm", "安葬方式", "Form of burial", O(
                 "tree|树葬|Tree burial", "lawn|草坪葬|Lawn burial", "flower|花坛葬|Flower-bed burial",
                 "sea|海葬|Sea burial", "wall|壁葬|Wall niche"), True),
             past("burialDate", "安葬日期", "Date of burial", True),
             text("cemeteryName", "安葬地点（公墓名称）", "Cemetery", True, maxLength=60),
         ], tpl=["deceased-person", "bank-account"], al=["节地生态安葬奖补"], law=[FUNERAL, "《浙江省殡葬管理条例》"]),

    item("MZ-025", "村（社区）社区社会组织备案", "Community social organisations: filing", 10, 20, "both",
         ["社区社会组织", "备案", "志愿者协会", "老年协会"], ORG_MATS() + [
             matx("org-charter", "组织章程", "Charter"), matx("member-list", "成员名单", "Member list"),
             matx("venue-proof", "活动场所证明", "Proof of the activity venue", cm=True),
         ], [
             text("orgName", "组织名称", "Organisation name", True, maxLength=60),
             sel("orgType", "组织类别", "Type", O(
                 "elderly|老年协会|Seniors' association", "volunteer|志愿服务|Volunteer", "culture|文体娱乐|Culture and sport",
                 "charity|公益慈善|Charity", "mediation|邻里互助、调解|Neighbourhood help and mediation"), True),
             num("memberCount", "成员人数", "Members", True, min=3, max=1000),
             text("supervisor", "业务指导单位（村、社区）", "Guiding village or community", True, maxLength=60),
         ], tpl=["contact-person"], al=["社区社会组织登记备案"], law=[SOCORG]),

    item("MZ-026", "低保、特困人员救助证明开具", "Certificate of minimum-allowance or destitute status", 0, None, "person",
         ["低保证明", "特困证明", "救助证明", "困难证明"], [mat("id-card")], [
             sel("proofStatus", "证明身份", "Status to certify", O(
                 "dibao|低保对象|Minimum allowance", "marginal|低保边缘|Marginal", "tekun|特困人员|Destitute"), True),
             sel("proofPurpose", "用途", "Purpose", O(
                 "school|子女入学、资助|School aid", "medical|医疗费用减免|Medical fee relief",
                 "utility|水电费减免|Utility relief", "legalAid|法律援助|Legal aid", "other|其他|Other"), True),
         ], al=["开低保证明"], law=[SA],
         notes=("多数用途已可数据共享免开证明，窗口仅对需要纸质证明的外部单位出具。", "Most uses no longer need a paper proof thanks to data sharing.")),

    item("MZ-027", "困难群众基本生活救助资金发放账户变更", "Social assistance payment account: change", 0, None, "person",
         ["救助账户变更", "低保金账户", "换银行卡"], [
             mat("id-card"), mat("bank-card", name=("新的本人银行卡或社会保障卡", "New own bank card or social security card")),
         ], [
             sel("fundType", "救助资金类别", "Payment type", O(
                 "dibao|低保金|Minimum allowance", "tekun|特困供养金|Destitute support",
                 "disability|残疾人两项补贴|Disability allowances", "elder|高龄津贴|Old-age allowance"), True),
             sel("accountChangeReason", "变更原因", "Reason", O(
                 "lost|原卡遗失|Card lost", "closed|原账户注销|Account closed", "ssc|改用社保卡|Switch to the social security card"), True),
         ], tpl=["bank-account"], al=["低保金发放账户变更"], law=[SA]),

    item("MZ-028", "浙江省老年人优待证遗失补办", "Zhejiang senior citizen's preferential card: replacement after loss", 0, None, "person",
         ["老年人优待证补办", "老年证丢了", "补办老年证"], [
             mat("id-card"), mat("photo", note=("已有电子证照照片的可免交", "Not needed when an e-licence photo exists")),
         ], [
             past("cardLostDate", "遗失日期", "Date lost", True),
             sel("cardLostHow", "遗失情形", "How it was lost", O(
                 "lost|不慎遗失|Lost", "stolen|被盗|Stolen", "damaged|严重损毁无法识别|Damaged beyond recognition"), True),
             chk("oldCardVoided", "知悉补办后原卡自动作废", "Understands the old card becomes void", True),
         ], al=["老年优待证补办"], law=[ELDER, ZJELDER]),

    item("MZ-029", "最低生活保障、低保边缘家庭主动退出", "Voluntary exit from minimum living allowance or marginal status", 5, 20, "person",
         ["低保退出", "主动退出", "脱贫", "低保注销"], [mat("id-card"), matx("exit-application", "退出申请书（户主签字）", "Exit request signed by the head of household")], [
             sel("exitStatus", "退出类别", "Status to leave", O(
                 "dibao|低保|Minimum allowance", "marginal|低保边缘|Marginal"), True),
             sel("exitReason", "退出原因", "Reason", O(
                 "income|家庭收入增加|Income rose", "employed|家庭成员就业|A member found work",
                 "moved|户籍迁出|Moved away", "voluntary|自愿放弃|Voluntarily"), True),
             date("exitFrom", "自何时停发（填该月1日）", "Stop from (first day of the month)", True),
             yn("applyGradualExit", "是否申请渐退期（就业增收退出的可延续发放一定期限）", "Ask for the gradual-exit period (allowance continues for a while after finding work)"),
         ], al=["低保停保"], law=[SA, DIBAO]),

    item("MZ-030", "孤儿、事实无人抚养儿童保障终止", "Orphans and children without carers: ending support", 10, 20, "person",
         ["儿童保障终止", "孤儿停发", "成年"], [
             mat("minor-guardian-id"),
             matx("end-proof", "终止情形证明（父母恢复抚养能力、收养、死亡等）", "Proof of the ending event", required=False),
         ], [
             text("childName", "儿童姓名", "Child's name", True, maxLength=30),
             rid("childId", "儿童公民身份号码", "Child's resident ID number", True),
             sel("childEndReason", "终止原因", "Reason", O(
                 "adult|年满18周岁（在校的可延至毕业）|Reached 18 (extended while in school)",
                 "adopted|被依法收养|Adopted", "parentsRecovered|父母恢复抚养能力|Parents can care again",
                 "death|儿童死亡|Child died", "moved|户籍迁出|Moved away"), True),
             past("childEndDate", "事由发生日期", "Date of the event", True),
         ], al=["孤儿基本生活费停发"], law=[ORPHAN, UNATTENDED]),

    item("MZ-031", "村（社区）社区社会组织备案变更、注销", "Community social organisations: change or cancellation of filing", 5, 20, "both",
         ["社区社会组织变更", "社区社会组织注销"], ORG_MATS() + [
             matx("member-decision", "成员大会决定", "Members' meeting decision"),
         ], [
             text("orgName", "组织名称", "Organisation name", True, maxLength=60),
             radio("orgAction", "办理类型", "Action", O("change|变更|Change", "cancel|注销|Cancel"), True),
             multi("orgChangeItems", "变更事项", "Changes", O(
                 "name|名称|Name", "head|负责人|Person in charge", "venue|活动场所|Venue", "scope|活动范围|Scope"),
                 vis=eq("orgAction", "change"), rw=eq("orgAction", "change")),
             sel("orgCancelReason", "注销原因", "Reason", O(
                 "dissolved|自行解散|Dissolved", "merged|合并|Merged", "inactive|长期不开展活动|Inactive"),
                 vis=eq("orgAction", "cancel"), rw=eq("orgAction", "cancel")),
         ], al=["社区社会组织变更备案"], law=[SOCORG]),

    item("MZ-032", "家庭养老照护床位申请", "Home care bed for elders", 15, 20, "person",
         ["家庭养老床位", "居家照护", "失能老人"], [
             mat("id-card"), matx("ability-assessment", "老年人能力评估结果", "Elderly ability assessment result", el=True),
             mat("residence-proof", name=("居住房屋证明", "Proof of the home")),
         ], [
             sel("abilityLevel", "能力评估等级", "Assessed level", O(
                 "moderate|中度失能|Moderately disabled", "severe|重度失能|Severely disabled", "total|完全失能|Fully disabled"), True),
             multi("bedEquipment", "需要的适老化设施", "Equipment needed", O(
                 "bed|护理床|Care bed", "alarm|紧急呼叫设备|Emergency call", "handrail|扶手|Handrails",
                 "monitor|智能监测设备|Smart monitoring"), True),
             text("provider", "意向服务机构", "Preferred provider", maxLength=60),
         ], tpl=["contact-person"], al=["家庭养老床位"], law=[ELDER, CARE]),

    item("MZ-033", "困难老年人家庭适老化改造申请", "Age-friendly home adaptation for elders in hardship", 15, 20, "person",
         ["适老化改造", "居家改造", "困难老人"], [
             mat("id-card"), mat("hardship-proof"), mat("realty-cert", required=False),
         ], [
             multi("adaptations", "改造项目", "Adaptations", O(
                 "grabBars|卫生间扶手|Bathroom grab bars", "antiSlip|防滑处理|Anti-slip floor", "ramp|高差处理、坡道|Ramps",
                 "lighting|感应照明|Motion lighting", "showerChair|淋浴椅|Shower chair"), True),
             sel("elderHardship", "困难类别", "Hardship status", O(
                 "dibao|低保|Minimum allowance", "marginal|低保边缘|Marginal", "tekun|特困|Destitute"), True),
             addr("homeAddress", "改造房屋地址", "Home address", True),
         ], tpl=["contact-person"], al=["老年人居家适老化改造"], law=[CARE]),

    item("MZ-034", "生活无着的流浪乞讨人员救助", "Assistance for homeless people with no means of living", 0, None, "person",
         ["流浪乞讨", "救助站", "返乡", "临时住宿"], [
             matx("identity-statement", "身份情况说明（无证件的如实陈述）", "Identity statement (oral if no documents)"),
         ], [
             text("vagrantName", "受助人姓名", "Name", True, maxLength=30),
             multi("aidNeeds", "救助需求", "Needs", O(
                 "food|饮食|Food", "shelter|住宿|Shelter", "medical|急病救治|Urgent medical care",
                 "home|协助返乡|Help getting home", "contact|联系亲属|Contact family"), True),
             text("hometown", "户籍地或原住地", "Home place", maxLength=60),
         ], al=["流浪人员救助"], law=[VAGRANT],
         notes=("窗口登记后联系县救助管理站接送；危重病人先送医。", "After registration the county relief station picks the person up; emergencies go to hospital first.")),

    item("MZ-035", "门牌号码编制申请", "House number assignment", 10, 20, "both",
         ["门牌", "门牌号", "地名", "门牌证"], [
             mat("id-card"), mat("realty-cert", required=False), mat("homestead-approval", required=False),
             matx("site-photo", "房屋现场照片", "Photo of the building"),
         ], [
             radio("numberAction", "办理类型", "Action", O(
                 "new|新编门牌|New number", "change|门牌变更（道路更名、拆并）|Change", "replace|门牌牌匾损坏补换|Replace the plate"), True),
             addr("buildingAddress", "房屋坐落", "Building location", True),
             text("roadName", "所临道路（街巷）名称", "Road or lane", True, maxLength=40),
         ], al=["申请门牌号"], law=[PLACE, "《浙江省地名管理办法》"]),

    item("MZ-036", "特困人员供养方式变更", "Destitute persons: change of support arrangement", 10, 20, "person",
         ["特困集中供养", "入住敬老院", "分散供养"], [mat("id-card"), matx("care-home-consent", "供养机构接收意见", "Care home's acceptance", when=eq("newSupportMode", "institution"))], [
             radio("newSupportMode", "变更后供养方式", "New arrangement", O(
                 "home|分散供养（居家）|At home", "institution|集中供养（敬老院、福利院）|In a care home"), True),
             text("careHome", "供养机构名称", "Care home", maxLength=60, vis=eq("newSupportMode", "institution"), rw=eq("newSupportMode", "institution")),
             text("entrustedCarer", "委托照料人", "Appointed carer", maxLength=30, vis=eq("newSupportMode", "home"), rw=eq("newSupportMode", "home")),
             area("supportChangeReason", "变更原因", "Reason", True, maxLength=300),
         ], al=["特困供养方式调整"], law=[TEKUN]),
]

ITEMS += [
    item("MZ-037", "老年食堂（助餐服务）就餐登记及助餐补贴申请", "Seniors' canteen: meal registration and meal subsidy", 5, None, "person",
         ["老年食堂", "助餐", "送餐", "老人吃饭"], [mat("id-card"), mat("hardship-proof", required=False)], [
             text("canteenName", "就餐老年食堂（助餐点）", "Canteen", True, maxLength=60),
             radio("mealMode", "就餐方式", "Mode", O("dineIn|堂食|Eat in", "delivery|送餐上门|Home delivery"), True),
             multi("meals", "就餐餐次", "Meals", O("lunch|午餐|Lunch", "dinner|晚餐|Dinner"), True),
             sel("mealSubsidyGroup", "补贴对象类别", "Subsidy group", O(
                 "over80|80周岁以上|Aged 80+", "hardship|困难老人|Elder in hardship", "disabled|失能老人|Disabled elder", "none|无补贴|No subsidy"), True),
             addr("deliveryAddress", "送餐地址", "Delivery address", vis=eq("mealMode", "delivery"), rw=eq("mealMode", "delivery")),
         ], al=["老年助餐登记"], law=[CARE]),

    item("MZ-038", "慈善救助申请（乡镇慈善分会）", "Charity aid application (township charity branch)", 15, None, "person",
         ["慈善救助", "慈善总会", "大病救助"], [mat("id-card"), mat("household-register"), matx("hardship-evidence", "困难情况证明材料", "Proof of hardship"), mat("bank-card")], [
             sel("charityProject", "救助项目", "Programme", O(
                 "illness|大病救助|Serious illness", "education|助学|Education", "elderly|助老|Elderly", "disaster|急难救助|Emergency"), True),
             money("charityRequest", "申请救助金额（元）", "Amount requested (CNY)", True, max=100000),
             area("charityStory", "困难情况", "Situation", True, maxLength=800),
         ], tpl=["bank-account"], al=["慈善分会救助"], law=["《中华人民共和国慈善法》"]),
]
