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
                 "new|首次办理|First issue", "replace|遗失补办|Replacement after loss", "renew|损坏换领|Renewal of a damaged card"), True),
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
