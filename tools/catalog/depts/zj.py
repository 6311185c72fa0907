"""住房城乡建设 Housing and Urban-Rural Development."""
from common import *

PUBRENT = "《公共租赁住房管理办法》"
LEASE = "《商品房屋租赁管理办法》"
RURALSAFE = "《住房和城乡建设部等关于做好农村低收入群体等重点对象住房安全保障工作的实施意见》（建村〔2021〕35号）"

ITEMS = [
    item("ZJ-001", "农村困难群众危房改造补助申请", "Dilapidated rural house renovation subsidy for people in hardship", 20, 30, "person",
         ["危房改造", "危旧房", "农房改造", "住房救助"], [
             mat("id-card"), mat("household-register"), mat("hardship-proof"),
             matx("safety-appraisal", "房屋安全鉴定结论（C级或D级）", "House safety appraisal (grade C or D)"),
             mat("bank-card"),
         ], [
             sel("appraisalGrade", "房屋安全等级", "Safety grade", O(
                 "C|C级（局部危险）|Grade C (partly dangerous)", "D|D级（整幢危险）|Grade D (whole building dangerous)"), True),
             radio("renovationMode", "改造方式", "Renovation", O(
                 "repair|维修加固|Repair and reinforce", "rebuild|拆除重建|Demolish and rebuild",
                 "relocate|统建、置换或租赁安置|Relocation"), True),
             addr("houseAddress", "房屋地址", "House address", True),
             num("floorArea", "房屋建筑面积（平方米）", "Floor area (m²)", True, min=1, max=1000),
             DECL(),
         ], tpl=["household-members", "bank-account"], al=["危房改造补助"], law=[RURALSAFE]),
    item("ZJ-002", "公共租赁住房保障资格申请（初审）", "Public rental housing eligibility: application (township check)", 15, 30, "person",
         ["公租房", "保障房", "廉租房", "住房保障"], [
             matx("member-ids", "家庭成员居民身份证", "Household members' ID cards"), mat("household-register"),
             matx("marital-proof", "婚姻状况证明", "Proof of marital status", el=True),
             matx("income-housing-commitment", "家庭收入及住房情况承诺书", "Commitment on household income and housing", cm=True),
         ], [
             radio("applyAs", "申请类型", "Applicant type", O(
                 "lowIncome|城镇中低收入住房困难家庭|Low/middle-income urban household",
                 "newResident|新就业无房职工|Newly employed without housing",
                 "migrant|稳定就业的外来务工人员|Migrant worker in stable employment"), True),
             radio("supportMode", "保障方式", "Form of support", O(
                 "unit|实物配租|Rental unit", "subsidy|租赁补贴|Rental subsidy"), True),
             num("currentHousingArea", "现住房人均建筑面积（平方米）", "Current floor area per person (m²)", True, min=0, max=500),
             AUTH(), DECL(),
         ], tpl=["household-members"], al=["公租房申请"], law=[PUBRENT]),
    item("ZJ-003", "房屋租赁合同登记备案", "Housing lease registration", 0, 3, "both",
         ["租赁备案", "租房合同备案", "房屋出租登记"], [
             matx("both-ids", "出租人和承租人身份证明", "IDs of landlord and tenant"), mat("realty-cert"),
             matx("lease-contract", "房屋租赁合同", "Lease contract"),
         ], [
             addr("rentalAddress", "租赁房屋地址", "Rented home address", True),
             text("tenantName", "承租人姓名", "Tenant's name", True, maxLength=30),
             rid("tenantId", "承租人公民身份号码", "Tenant's resident ID number", True),
             date("leaseStart", "租赁起始日期", "Lease start", True),
             date("leaseEnd", "租赁截止日期", "Lease end", True),
             money("monthlyRent", "月租金（元）", "Monthly rent (CNY)", True, max=100000),
             sel("rentalUse", "租赁用途", "Use", O("residence|居住|Residence", "business|经营|Business", "office|办公|Office"), True),
         ], al=["租赁登记备案"], law=[LEASE]),
    item("ZJ-004", "农村房屋安全隐患排查鉴定申请", "Rural house safety appraisal: application", 15, None, "person",
         ["房屋鉴定", "房屋安全", "农房安全"], [
             mat("id-card"), matx("house-title", "房屋权属证明或宅基地批准书", "House title or homestead approval", el=True),
             matx("appraisal-form", "房屋安全鉴定申请表", "Appraisal application form"),
         ], [
             addr("houseAddress", "房屋地址", "House address", True),
             num("builtYear", "建造年份", "Year built", True, min=1900, max=2100),
             sel("structureType", "结构类型", "Structure", O(
                 "brickConcrete|砖混结构|Brick and concrete", "frame|框架结构|Frame", "brickWood|砖木结构|Brick and timber",
                 "earthWood|土木结构|Earth and timber", "stone|石结构|Stone"), True),
             multi("defects", "发现的隐患", "Defects found", O(
                 "cracks|墙体开裂|Wall cracks", "tilt|倾斜|Tilting", "settlement|地基沉降|Settlement",
                 "roof|屋面渗漏、构件腐朽|Roof leaks or rotten members"), True),
         ], al=["农房安全鉴定"], law=[RURALSAFE, "《建设工程质量管理条例》"]),
]

ITEMS += [
    item("ZJ-005", "住房租赁补贴申请", "Housing rental subsidy", 15, 30, "person",
         ["租赁补贴", "租房补贴", "住房保障"], [mat("id-card"), mat("household-register"), matx("lease", "住房租赁合同（已备案）", "Registered lease"),
                                       matx("income-proof", "收入证明", "Proof of income", cm=True), mat("bank-card")], [
             money("monthlyRent", "月租金（元）", "Monthly rent (CNY)", True, max=20000),
             num("rentArea", "租住面积（平方米）", "Area rented (m²)", True, min=1, max=300),
             date("leaseEnd", "租赁合同到期日", "Lease end", True, minDate="today"),
             AUTH(),
         ], tpl=["household-members", "bank-account"], al=["租房补贴申请"], law=[PUBRENT]),

    item("ZJ-006", "住房保障对象年度复核及信息变更", "Housing support: annual review and changes", 10, 20, "person",
         ["住房保障复核", "公租房复核", "年审"], [mat("id-card"), matx("change-proof", "变更证明材料", "Proof of changes", required=False)], [
             radio("housingReview", "办理类型", "Action", O("review|年度复核|Annual review", "change|信息变更|Change"), True),
             multi("housingChanges", "变化情况", "What changed", O(
                 "members|家庭人口|Household members", "income|收入|Income", "housing|住房情况|Housing", "none|无变化|No change"), True),
             AUTH(),
         ], al=["住房保障年审"], law=[PUBRENT]),

    item("ZJ-007", "房屋租赁合同登记备案变更、注销", "Lease registration: change or cancellation", 0, 3, "person",
         ["租赁备案注销", "退租", "租赁备案变更"], [mat("id-card"), matx("lease-filing", "房屋租赁登记备案证明", "Lease filing certificate")], [
             text("leaseFilingNo", "备案编号", "Filing number", True, maxLength=30),
             radio("leaseAction", "办理类型", "Action", O("change|变更（续租、租金变化）|Change", "cancel|注销（提前解除、到期）|Cancel"), True),
             past("leaseEventDate", "事由发生日期", "Date", True),
         ], al=["租赁备案注销"], law=[LEASE]),

    item("ZJ-008", "公共租赁住房退出申请", "Leaving public rental housing", 10, 20, "person",
         ["公租房退出", "退房"], [mat("id-card"), matx("rent-receipts", "租金、水电结清凭证", "Proof that rent and utilities are settled")], [
             addr("publicFlat", "公租房地址", "Flat address", True),
             sel("exitHousingReason", "退出原因", "Reason", O("bought|已购房|Bought a home", "income|收入超标|Income above the limit",
                                                          "moved|迁离|Moved away", "voluntary|自愿退出|Voluntary"), True),
             date("handOverDate", "腾退交房日期", "Hand-over date", True),
         ], al=["退出公租房"], law=[PUBRENT]),
]

ITEMS += [
    item("ZJ-009", "农村危房改造竣工验收及补助拨付申请", "Rural dilapidated housing: completion check and subsidy payment", 10, 20, "person",
         ["危房改造验收", "补助拨付", "危改"], [mat("id-card"), matx("works-photos", "改造前中后照片", "Photos before, during and after"), mat("bank-card")], [
             text("renovationBatch", "改造批次（审批编号）", "Approval number", True, maxLength=30),
             radio("renovationMode", "改造方式", "Mode", O("repair|维修加固|Repair", "rebuild|拆除重建|Rebuild"), True),
             past("completionDate", "竣工日期", "Completed on", True),
             num("newArea", "改造后建筑面积（平方米）", "Floor area after works (m²)", True, min=1, max=500),
         ], tpl=["bank-account"], al=["危房改造补助拨付"], law=[RURALSAFE]),
]
