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
