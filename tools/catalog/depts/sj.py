"""市场监管 Market Regulation."""
from common import *

IND = "《促进个体工商户发展条例》"
REG = "《中华人民共和国市场主体登记管理条例》"
REGRULE = "《中华人民共和国市场主体登记管理条例实施细则》"
COOP = "《中华人民共和国农民专业合作社法》"
FOOD = "《中华人民共和国食品安全法》"
FOODLIC = "《食品经营许可和备案管理办法》"
ZJSMALL = "《浙江省食品小作坊小餐饮店小食杂店和食品摊贩管理规定》"
COMPLAINT = "《市场监督管理投诉举报处理暂行办法》"
CONSUMER = "《中华人民共和国消费者权益保护法》"

ORG_FORM = O("individual|个人经营|Run by an individual", "family|家庭经营|Run by a family")

BUSINESS_SCOPE = multi("businessScope", "经营范围（规范表述）", "Business scope (standard entries)", O(
    "retail|日用百货零售|Daily goods retail", "food|食品销售|Food sales", "catering|餐饮服务|Catering",
    "hairdressing|理发及美容服务|Hairdressing and beauty", "repair|家用电器、摩托车维修|Appliance and motorbike repair",
    "agriProducts|农副产品销售|Farm produce sales", "tea|茶叶种植、初加工及销售|Tea growing and processing",
    "homestay|民宿服务|Homestay", "logistics|道路货物运输（不含危险货物）|Road freight (non-hazardous)",
    "construction|住宅室内装饰装修|Home decoration", "other|其他（在说明中填写）|Other (describe below)"), True)

LICENCE = lambda: mat("business-licence")
OPERATOR_ID = lambda: matx("operator-id", "经营者居民身份证", "Operator's resident ID card")


def ind_common(extra):
    return [LICENCE(), OPERATOR_ID()] + extra


def food_licence_fields():
    return [
        multi("foodCategories", "经营项目", "Business items", O(
            "prepackaged|预包装食品销售|Prepackaged food sales", "bulk|散装食品销售|Bulk food sales",
            "hotFood|热食类食品制售|Hot food preparation", "coldFood|冷食类食品制售|Cold food preparation",
            "pastry|糕点类食品制售|Pastry preparation", "drinks|自制饮品制售|Freshly made drinks",
            "specialFood|特殊食品销售（保健食品、婴幼儿配方乳粉）|Special foods (health food, infant formula)"), True),
        radio("operatorType", "主体业态", "Business type", O(
            "smallRestaurant|小餐饮店|Small restaurant", "restaurant|餐饮服务经营者|Restaurant",
            "shop|食品销售经营者|Food retailer", "canteen|单位食堂|Canteen"), True),
        text("foodSafetyManager", "食品安全管理人员", "Food safety manager", True, maxLength=30),
        num("staffCount", "从业人员数", "Number of food handlers", True, min=1, max=500),
    ]


ITEMS = [
    item("SJ-001", "个体工商户设立登记", "Sole proprietorship (individual business): registration", 0, 3, "person",
         ["个体户", "个体工商户", "营业执照", "开店", "办执照", "个体执照"], [
             OPERATOR_ID(),
             matx("premises-info", "经营场所信息（实行住所申报承诺制）", "Business premises information (declaration and commitment)", cm=True,
                  note=("签署住所（经营场所）申报承诺书，无需提交产权证明", "Sign the premises declaration; no title deed needed")),
             matx("registration-form", "《个体工商户登记（备案）申请书》", "Sole proprietorship registration application form"),
         ], [
             text("businessName", "个体工商户名称", "Business name", True, maxLength=50,
                  help=("行政区划+字号+行业特点+组织形式，如“柯桥区小王面馆”，也可不起名称", "Area + trade name + industry + form; a name is optional")),
             radio("organisationForm", "组成形式", "Form of organisation", ORG_FORM, True),
             group("familyParticipants", "参加经营的家庭成员", "Family members taking part", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "Resident ID number", True),
                 sel("relation", "与经营者关系", "Relation to the operator", RELATION, True),
             ], minRows=1, maxRows=8, vis=eq("organisationForm", "family"), rw=eq("organisationForm", "family")),
             BUSINESS_SCOPE,
             area("scopeOther", "其他经营范围说明（选择“其他”时填写）", "Other business scope (when “Other” is chosen)", maxLength=300),
             money("registeredCapital", "资金数额（万元）", "Capital (CNY 10,000)", True, max=100000),
             num("employees", "从业人数", "Number of workers", True, min=1, max=200),
             yn("needsFoodFiling", "是否同时办理食品经营许可或备案", "Also apply for food business licence or filing"),
             DECL(),
         ], tpl=["business-premises"], al=["个体户开业登记", "个体户营业执照办理"], law=[IND, REG, REGRULE],
         cond=("有经营能力的自然人；从事法律法规禁止经营行业的除外。", "Any natural person able to run a business, except in prohibited trades.")),

    item("SJ-002", "个体工商户变更登记", "Sole proprietorship: change of registration", 0, 3, "enterprise",
         ["个体户变更", "营业执照变更", "改名字", "换地址", "增加经营范围"], ind_common([
             matx("change-form", "《个体工商户变更登记（备案）申请书》", "Change of registration application form"),
             matx("new-premises-info", "新经营场所信息（申报承诺）", "New premises information (declaration)", cm=True,
                  when=checked("changePremises")),
         ]), [
             sec("changeSection", "变更事项（勾选需变更的项目）", "Items to change (tick each)"),
             chk("changeName", "变更名称", "Change the name"),
             text("newBusinessName", "变更后名称", "New name", maxLength=50, vis=checked("changeName"), rw=checked("changeName")),
             chk("changePremises", "变更经营场所", "Change the premises"),
             addr("newPremisesAddress", "变更后经营场所", "New premises", vis=checked("changePremises"), rw=checked("changePremises")),
             chk("changeScope", "变更经营范围", "Change the business scope"),
             area("newScope", "变更后经营范围", "New business scope", maxLength=300, vis=checked("changeScope"), rw=checked("changeScope")),
             chk("changeForm", "变更组成形式", "Change the form of organisation"),
             radio("organisationForm", "变更后组成形式", "New form of organisation", ORG_FORM, vis=checked("changeForm"), rw=checked("changeForm")),
             chk("changeCapital", "变更资金数额", "Change the capital"),
             money("registeredCapital", "变更后资金数额（万元）", "New capital (CNY 10,000)", max=100000,
                   vis=checked("changeCapital"), rw=checked("changeCapital")),
             DECL(),
         ], al=["个体户营业执照变更"], law=[IND, REG, REGRULE]),

    item("SJ-003", "个体工商户变更经营者登记", "Sole proprietorship: change of operator", 0, 3, "enterprise",
         ["个体户转让", "变更经营者", "个体户过户", "换老板"], [
             LICENCE(),
             matx("old-operator-id", "原经营者居民身份证", "Former operator's resident ID card"),
             matx("new-operator-id", "新经营者居民身份证", "New operator's resident ID card"),
             matx("operator-change-form", "《个体工商户变更经营者登记申请书》（原、新经营者共同签署）", "Change of operator application (signed by both)"),
         ], [
             text("newOperatorName", "新经营者姓名", "New operator's name", True, maxLength=30),
             rid("newOperatorId", "新经营者公民身份号码", "New operator's resident ID number", True),
             mob("newOperatorMobile", "新经营者手机号码", "New operator's mobile", True),
             sel("operatorChangeReason", "变更原因", "Reason", O(
                 "transfer|转让|Transfer", "inheritance|继承|Inheritance", "familyChange|家庭成员间变更|Within the family"), True),
             chk("taxSettled", "原经营者已结清税款、社保费", "Former operator's taxes and contributions are settled", True),
             DECL(),
         ], al=["个体户经营者变更"], law=[IND, REG, REGRULE],
         notes=("2022年起个体工商户可直接变更经营者，无需先注销再新设。", "Since 2022 the operator can be changed directly without closing the business.")),

    item("SJ-004", "个体工商户注销登记", "Sole proprietorship: deregistration", 0, 3, "enterprise",
         ["个体户注销", "关店", "注销营业执照", "不做了"], ind_common([
             matx("tax-clearance", "清税信息（税务数据共享）", "Tax clearance (shared by the tax bureau)", el=True),
         ]), [
             radio("deregistrationType", "注销方式", "Type", O(
                 "simple|简易注销（未发生债权债务或已清偿完毕）|Simplified (no outstanding debts)",
                 "normal|一般注销|Ordinary"), True),
             sel("deregistrationReason", "注销原因", "Reason", O(
                 "closed|停止经营|Stopped trading", "relocated|迁往外地|Moved away", "death|经营者死亡|Operator died",
                 "other|其他|Other"), True),
             chk("debtsSettled", "已结清债权债务及税款，承诺不存在未结事项", "All debts and taxes are settled", True),
             DECL(),
         ], al=["个体户营业执照注销"], law=[IND, REG, REGRULE]),

    item("SJ-005", "个体工商户歇业备案", "Sole proprietorship: suspension filing", 0, None, "enterprise",
         ["歇业", "暂停营业", "个体户歇业"], ind_common([
             matx("suspension-form", "歇业备案书", "Suspension filing form"),
         ]), [
             sel("suspensionReason", "歇业原因", "Reason", O(
                 "disaster|自然灾害|Natural disaster", "epidemic|公共卫生事件|Public-health event",
                 "hardship|经营困难|Business difficulties", "other|其他|Other"), True),
             date("suspensionStart", "歇业开始日期", "Start date", True),
             date("suspensionEnd", "预计恢复营业日期", "Expected reopening date", True,
                  help=("歇业累计期限不得超过3年", "Suspension may not exceed 3 years in total")),
             addr("legalServiceAddress", "歇业期间法律文书送达地址", "Address for legal documents", True),
             DECL(),
         ], al=["个体户歇业备案"], law=[REG, REGRULE]),

    item("SJ-006", "营业执照遗失补领、换领", "Business licence: replacement or renewal", 0, 3, "enterprise",
         ["营业执照补办", "执照遗失", "换执照", "营业执照丢了"], [
             OPERATOR_ID(),
             matx("loss-statement", "遗失（损坏）声明或原营业执照", "Loss statement or the damaged licence",
                  note=("遗失的可在国家企业信用信息公示系统免费公告", "Loss may be announced free in the national enterprise credit system")),
         ], [
             radio("licenceAction", "办理类型", "Action", O(
                 "lost|遗失补领|Replacement after loss", "damaged|损坏换领|Replacement of a damaged licence"), True),
             radio("licenceCopies", "申领执照类型", "Licence copies", O(
                 "both|正本和副本|Original and duplicate", "original|仅正本|Original only", "duplicate|仅副本|Duplicate only"), True),
             num("duplicateCount", "副本数量", "Number of duplicates", min=1, max=5, vis=isin("licenceCopies", ["both", "duplicate"])),
         ], al=["营业执照补领"], law=[REG, REGRULE]),

    item("SJ-007", "仅销售预包装食品经营者备案", "Filing for businesses selling only prepackaged food", 0, None, "enterprise",
         ["预包装食品", "食品备案", "小卖部", "便利店"], ind_common([
             matx("food-filing-form", "《仅销售预包装食品经营者备案信息采集表》", "Prepackaged-food-only filing form"),
         ]), [
             multi("prepackagedTypes", "销售品种", "Products", O(
                 "general|预包装食品（不含冷藏冷冻）|Prepackaged food (ambient)",
                 "chilled|预包装食品（含冷藏冷冻）|Prepackaged food incl. chilled/frozen",
                 "formula|婴幼儿配方乳粉|Infant formula", "health|保健食品|Health food"), True),
             text("foodSafetyManager", "食品安全管理人员", "Food safety manager", True, maxLength=30),
         ], tpl=["business-premises"], al=["预包装食品经营备案"], law=[FOOD, FOODLIC]),

    item("SJ-008", "食品经营许可（小餐饮等）申请受理", "Food business licence (small restaurants etc.): application", 5, 10, "enterprise",
         ["食品经营许可证", "餐饮许可", "小餐饮", "开饭店", "食品许可"], ind_common([
             matx("floor-plan", "经营场所平面图及设备布局、操作流程图", "Floor plan with equipment layout and workflow"),
             matx("food-safety-rules", "食品安全管理制度", "Food safety management rules"),
             matx("manager-id", "食品安全管理人员身份证明", "Food safety manager's ID"),
             mat("health-cert"),
         ]), food_licence_fields() + [DECL()], tpl=["business-premises"], al=["食品经营许可新办"],
         law=[FOOD, FOODLIC, ZJSMALL], cond=("已取得营业执照，具有与经营品种相适应的场所、设备、人员和管理制度。",
                                            "Holds a business licence and has premises, equipment, staff and rules suited to the food business.")),

    item("SJ-009", "食品小作坊登记证核发", "Small food workshop registration certificate: issue", 5, 10, "enterprise",
         ["食品小作坊", "小作坊", "手工作坊", "年糕", "酱菜"], ind_common([
             matx("workshop-plan", "生产场所平面图", "Production site floor plan"),
             matx("process-flow", "生产工艺流程", "Production process"),
             mat("health-cert"),
         ]), [
             multi("workshopProducts", "生产品种", "Products", O(
                 "riceCake|年糕、麻糍等米制品|Rice cakes", "noodles|手工面条|Handmade noodles",
                 "pickles|酱腌菜|Pickles", "tofu|豆制品|Tofu products", "pastry|糕点|Pastries",
                 "meat|腌腊肉制品|Cured meat", "wine|黄酒、米酒|Rice wine", "other|其他传统食品|Other traditional food"), True),
             num("workshopArea", "生产场所面积（平方米）", "Production area (m²)", True, min=1, max=2000),
             num("staffCount", "从业人员数", "Number of food handlers", True, min=1, max=50),
             DECL(),
         ], tpl=["business-premises"], al=["小作坊登记证"], law=[FOOD, ZJSMALL]),

    item("SJ-010", "食品摊贩登记（登记卡）", "Food stall registration card", 0, 5, "person",
         ["食品摊贩", "摆摊", "流动摊点", "登记卡"], [
             OPERATOR_ID(), mat("health-cert", name=("经营者健康证明", "Operator's health certificate")),
             matx("stall-photo", "经营者近期免冠照片", "Operator's recent photo"),
         ], [
             multi("stallFoods", "经营品种", "Food sold", O(
                 "snacks|小吃|Snacks", "fruit|水果|Fruit", "drinks|饮品|Drinks", "cooked|熟食卤味|Cooked meats",
                 "breakfast|早点|Breakfast food"), True),
             addr("stallArea", "经营区域（乡镇划定的摊点）", "Designated stall area", True),
             text("stallHours", "经营时段", "Trading hours", True, maxLength=40),
             radio("stallType", "摊点类型", "Stall type", O("fixed|固定摊点|Fixed stall", "mobile|流动摊点|Mobile stall"), True),
         ], al=["食品摊贩登记卡"], law=[FOOD, ZJSMALL]),

    item("SJ-011", "消费投诉举报受理（12315）", "Consumer complaint and report (12315)", 7, 7, "person",
         ["投诉", "12315", "消费纠纷", "举报", "维权"], [
             matx("complainant-id", "投诉人身份证明", "Complainant's ID"),
             matx("purchase-proof", "购物凭证（发票、收据、聊天或支付记录）", "Proof of purchase (invoice, receipt, payment record)"),
             matx("evidence", "其他证据材料（照片、检测报告等）", "Other evidence (photos, test reports …)", required=False),
         ], [
             radio("caseType", "类型", "Type", O("complaint|投诉（要求调解）|Complaint (mediation)",
                                               "report|举报（违法线索）|Report of a violation"), True),
             text("respondentName", "被投诉（举报）经营者名称", "Business complained about", True, maxLength=80),
             addr("respondentAddress", "经营者地址", "Business address", True),
             past("purchaseDate", "消费日期", "Date of purchase", True),
             money("amountInvolved", "涉及金额（元）", "Amount involved (CNY)", True),
             area("complaintFacts", "投诉事实与理由", "Facts and reasons", True, maxLength=1500),
             area("claims", "诉求", "What you ask for", maxLength=500, vis=eq("caseType", "complaint"), rw=eq("caseType", "complaint")),
         ], al=["消费者投诉"], law=[CONSUMER, COMPLAINT],
         notes=("7个工作日内作出是否受理的决定；受理后组织调解。", "Decision on acceptance within 7 working days, then mediation.")),
]

FOOD_LIC_NO = lambda req=True: text("foodLicenceNo", "食品经营许可证编号", "Food business licence number", req,
                                    pattern=r"^JY\d{14}$", patternMessage=t("编号为JY加14位数字", "JY followed by 14 digits"))
CREDIT = lambda: ccode("creditCode", "统一社会信用代码", "Unified social credit code", True)
COOP_MATS = lambda: [LICENCE(), matx("coop-head-id", "法定代表人（理事长）居民身份证", "Legal representative's ID card")]
SMALL_NO = lambda: text("workshopCertNo", "食品小作坊登记证编号", "Small food workshop certificate number", True, maxLength=30)

ITEMS += [
    item("SJ-012", "农民专业合作社设立登记", "Farmers' cooperative: establishment registration", 0, 3, "both",
         ["合作社", "农民专业合作社", "设立"], [
             matx("founding-minutes", "设立大会纪要", "Minutes of the founding meeting"), matx("coop-charter", "合作社章程", "Charter"),
             matx("member-roster", "成员名册及成员身份证明", "Member roster with members' IDs"),
             mat("residence-proof", name=("住所使用证明", "Proof of the registered address")),
         ], [
             text("coopName", "合作社名称", "Cooperative name", True, maxLength=60),
             num("memberCount", "成员总数", "Members", True, min=5, max=10000,
                 help=("至少5名成员，农民成员至少占80%（20人以下的至少1个企业事业单位或社会组织成员除外）", "At least 5 members, 80% farmers")),
             num("farmerMembers", "其中农民成员数", "Farmer members", True, min=1, max=10000),
             money("capital", "成员出资总额（万元）", "Total contributions (CNY 10k)", True, min=0, max=100000),
             multi("coopBusiness", "业务范围", "Business", O(
                 "planting|种植|Crop growing", "breeding|养殖|Livestock", "processing|农产品加工、销售|Processing and sales",
                 "machinery|农机服务|Machinery services", "tourism|休闲农业|Agritourism"), True),
             addr("coopAddress", "住所", "Registered address", True),
         ], tpl=["contact-person"], al=["合作社登记"], law=[COOP, REG]),

    item("SJ-013", "农民专业合作社变更登记", "Farmers' cooperative: change registration", 0, 3, "enterprise",
         ["合作社变更", "理事长变更", "成员变更"], COOP_MATS() + [matx("member-resolution", "成员大会决议", "Members' meeting resolution")], [
             CREDIT(),
             multi("coopChangeItems", "变更事项", "Changes", O(
                 "name|名称|Name", "address|住所|Address", "representative|法定代表人|Legal representative",
                 "capital|成员出资总额|Contributions", "scope|业务范围|Business scope"), True),
             area("coopChangeDetail", "变更前后内容", "Before and after", True, maxLength=800),
             past("resolutionDate", "成员大会决议日期", "Resolution date", True),
         ], al=["合作社变更"], law=[COOP, REG]),

    item("SJ-014", "农民专业合作社注销登记", "Farmers' cooperative: deregistration", 0, 3, "enterprise",
         ["合作社注销", "清算"], COOP_MATS() + [matx("liquidation-report", "清算报告", "Liquidation report"),
                                        matx("dissolution-resolution", "解散决议", "Dissolution resolution")], [
             CREDIT(),
             sel("coopEndReason", "注销原因", "Reason", O(
                 "resolution|成员大会决议解散|Members resolved to dissolve", "merger|合并或分立|Merger or division",
                 "revoked|被依法吊销|Licence revoked", "inactive|长期未经营（简易注销）|Dormant (simplified)"), True),
             yn("debtsCleared", "债权债务是否已清理完毕", "Debts settled"),
             past("liquidationDate", "清算完成日期", "Liquidation completed on", True),
         ], al=["合作社注销"], law=[COOP, REG]),

    item("SJ-015", "食品经营许可变更", "Food business licence: change", 5, 10, "both",
         ["食品经营许可变更", "经营项目变更", "负责人变更"], ind_common([matx("food-licence", "食品经营许可证", "Food business licence", el=True)]), [
             FOOD_LIC_NO(),
             multi("foodChangeItems", "变更事项", "Changes", O(
                 "items|经营项目|Business items", "name|经营者名称|Operator name", "manager|法定代表人、负责人|Person in charge",
                 "layout|经营场所布局、设施设备|Layout or equipment"), True),
             area("foodChangeDetail", "变更前后内容", "Before and after", True, maxLength=800),
             chk("addressUnchanged", "经营场所地址未变（地址变化须重新申请许可）", "The premises address has not changed (a new address needs a new licence)", True),
         ], al=["小餐饮许可变更"], law=[FOOD, FOODLIC]),

    item("SJ-016", "食品经营许可延续", "Food business licence: renewal", 5, 10, "both",
         ["许可延续", "许可证到期", "食品经营许可证延期"], ind_common([matx("food-licence", "食品经营许可证", "Food business licence", el=True)]), [
             FOOD_LIC_NO(),
             date("licenceExpiry", "许可证有效期截止日期", "Licence expiry date", True,
                  help=("应在有效期届满前60个工作日前提出", "Apply at least 60 working days before expiry")),
             yn("conditionsUnchanged", "经营条件是否与原许可一致", "Conditions unchanged since the licence"),
             area("conditionChanges", "经营条件变化情况", "Changes in conditions", maxLength=500,
                  vis=eq("conditionsUnchanged", "no"), rw=eq("conditionsUnchanged", "no")),
         ], al=["食品许可证延续"], law=[FOOD, FOODLIC]),

    item("SJ-017", "食品经营许可注销", "Food business licence: cancellation", 0, 10, "both",
         ["许可注销", "不开店了", "食品经营许可证注销"], ind_common([]), [
             FOOD_LIC_NO(),
             sel("foodCancelReason", "注销原因", "Reason", O(
                 "closed|停止食品经营|Stopped selling food", "expired|有效期届满未延续|Expired without renewal",
                 "moved|经营场所搬迁（另行申请）|Moved (new licence applied)", "deregistered|主体已注销|Business deregistered"), True),
             past("foodStopDate", "停止经营日期", "Stopped on", True),
         ], al=["食品许可注销"], law=[FOOD, FOODLIC]),

    item("SJ-018", "食品经营许可证遗失补办", "Food business licence: replacement after loss", 0, 10, "both",
         ["许可证补办", "许可证遗失", "许可证损坏"], ind_common([]), [
             FOOD_LIC_NO(),
             sel("foodLicLossHow", "补办情形", "Case", O("lost|遗失|Lost", "damaged|损坏|Damaged"), True),
             past("foodLicLostDate", "遗失（损坏）日期", "Date lost or damaged", True),
             chk("foodLossNotice", "已在国家企业信用信息公示系统公告作废（遗失的）", "Loss published on the enterprise credit system (if lost)",
                 vis=eq("foodLicLossHow", "lost"), rw=eq("foodLicLossHow", "lost")),
         ], al=["食品经营许可证补证"], law=[FOODLIC]),

    item("SJ-019", "仅销售预包装食品经营者备案变更", "Prepackaged-food-only sellers: change of filing", 0, None, "both",
         ["预包装备案变更", "食品备案变更"], ind_common([]), [
             text("filingNo", "备案编号", "Filing number", True, maxLength=30),
             multi("prepackChangeItems", "变更事项", "Changes", O(
                 "name|经营者名称|Name", "manager|负责人|Person in charge", "address|经营场所|Premises",
                 "special|增加特殊食品销售|Add special foods"), True),
             area("prepackChangeDetail", "变更前后内容", "Before and after", True, maxLength=500),
         ], al=["预包装食品备案变更"], law=[FOOD, FOODLIC]),

    item("SJ-020", "仅销售预包装食品经营者备案注销", "Prepackaged-food-only sellers: cancellation of filing", 0, None, "both",
         ["预包装备案注销"], ind_common([]), [
             text("filingNo", "备案编号", "Filing number", True, maxLength=30),
             past("prepackStopDate", "停止销售日期", "Stopped on", True),
             sel("prepackStopReason", "注销原因", "Reason", O(
                 "closed|停止经营|Closed", "licensed|已取得食品经营许可|Now licensed", "deregistered|主体注销|Deregistered"), True),
         ], al=["食品备案注销"], law=[FOODLIC]),

    item("SJ-021", "食品小作坊登记证延续", "Small food workshop certificate: renewal", 5, 10, "both",
         ["小作坊延续", "小作坊到期"], ind_common([mat("health-cert")]), [
             SMALL_NO(),
             date("workshopExpiry", "登记证有效期截止日期", "Expiry date", True),
             yn("workshopUnchanged", "生产条件和工艺是否未变", "Conditions and process unchanged"),
         ], al=["食品小作坊延期"], law=[FOOD, ZJSMALL]),

    item("SJ-022", "食品小作坊登记证变更", "Small food workshop certificate: change", 5, 10, "both",
         ["小作坊变更", "品种变更"], ind_common([]), [
             SMALL_NO(),
             multi("workshopChangeItems", "变更事项", "Changes", O(
                 "products|生产品种|Products", "name|名称|Name", "manager|负责人|Person in charge", "process|工艺流程|Process"), True),
             area("workshopChangeDetail", "变更前后内容", "Before and after", True, maxLength=500),
         ], al=["小作坊登记证变更"], law=[ZJSMALL]),

    item("SJ-023", "食品小作坊登记证注销", "Small food workshop certificate: cancellation", 0, 10, "both",
         ["小作坊注销"], ind_common([]), [
             SMALL_NO(),
             past("workshopStopDate", "停止生产日期", "Stopped on", True),
             sel("workshopStopReason", "注销原因", "Reason", O("closed|停止生产|Stopped", "expired|到期不延续|Expired", "moved|搬迁|Moved"), True),
         ], al=["小作坊注销"], law=[ZJSMALL]),

    item("SJ-024", "食品摊贩登记卡变更", "Food stall registration card: change", 0, 5, "person",
         ["摊贩变更", "摊位变更", "登记卡变更"], [OPERATOR_ID(), mat("health-cert")], [
             text("stallCardNo", "登记卡编号", "Card number", True, maxLength=30),
             multi("stallChangeItems", "变更事项", "Changes", O(
                 "area|经营区域|Area", "hours|经营时段|Hours", "foods|经营品种|Foods"), True),
             area("stallChangeDetail", "变更后内容", "New details", True, maxLength=300),
         ], al=["摊贩登记卡变更"], law=[ZJSMALL]),

    item("SJ-025", "食品摊贩登记卡注销", "Food stall registration card: cancellation", 0, None, "person",
         ["摊贩注销"], [OPERATOR_ID()], [
             text("stallCardNo", "登记卡编号", "Card number", True, maxLength=30),
             past("stallStopDate", "停止经营日期", "Stopped on", True),
         ], al=["摊贩登记卡注销"], law=[ZJSMALL]),

    item("SJ-026", "个体工商户年度报告", "Sole proprietorship: annual report", 0, None, "person",
         ["年报", "个体户年报", "年度报告"], ind_common([]), [
             CREDIT(),
             num("reportYear", "报告年度", "Year", True, min=2020, max=2035),
             money("annualTurnover", "营业额（元）", "Turnover (CNY)", True, max=100000000),
             money("taxPaid", "纳税总额（元）", "Tax paid (CNY)", True, max=10000000),
             num("workers", "从业人数", "Workers", True, min=1, max=1000),
             yn("hasOnlineShop", "是否有网店", "Has an online shop"),
         ], al=["个体户年报帮办"], law=[REG, "《个体工商户年度报告办法》"],
         notes=("每年1月1日至6月30日报送上一年度报告；窗口可帮办。", "Filed 1 January – 30 June for the previous year; the window can help.")),

    item("SJ-027", "个体工商户歇业后恢复营业", "Sole proprietorship: resuming business after a pause", 0, None, "person",
         ["恢复营业", "歇业结束"], ind_common([]), [
             CREDIT(),
             past("resumeDate", "恢复营业日期", "Resumed on", True),
             yn("samePremises", "是否仍在原经营场所", "Same premises as before"),
         ], al=["歇业恢复"], law=[REG, IND]),

    item("SJ-028", "个体工商户经营场所变更登记", "Sole proprietorship: change of premises", 0, 3, "person",
         ["经营场所变更", "搬店", "地址变更"], ind_common([mat("residence-proof", name=("新经营场所使用证明", "Proof of the new premises"))]), [
             CREDIT(),
             addr("oldPremises", "原经营场所", "Old premises", True),
         ], tpl=["business-premises"], al=["个体户地址变更"], law=[IND, REG]),

    item("SJ-029", "农民专业合作社成员变更备案", "Farmers' cooperative: member change filing", 0, None, "enterprise",
         ["合作社成员变更", "入社", "退社"], COOP_MATS(), [
             CREDIT(),
             group("memberChanges", "成员变动", "Member changes", [
                 text("name", "姓名（名称）", "Name", True, maxLength=40),
                 radio("changeType", "变动类型", "Change", O("join|入社|Joined", "leave|退社|Left"), True),
                 past("changeDate", "变动日期", "Date", True),
             ], minRows=1, maxRows=50, req=True),
         ], al=["合作社成员备案"], law=[COOP]),
]

ITEMS += [
    item("SJ-030", "个体工商户经营范围变更登记", "Sole proprietorship: change of business scope", 0, 3, "person",
         ["经营范围变更", "增加经营项目"], ind_common([]), [
             CREDIT(),
             BUSINESS_SCOPE,
             yn("needsLicence", "新增项目是否涉及许可（如食品经营）", "New items need a permit (e.g. food)"),
         ], al=["个体户经营范围变更"], law=[IND, REG]),
]
