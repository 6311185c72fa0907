"""农业农村 Agriculture and Rural Affairs."""
from common import *

LAND = "《中华人民共和国土地管理法》"
ZJLAND = "《浙江省土地管理条例》"
CONTRACT = "《中华人民共和国农村土地承包法》"
TRANSFER = "《农村土地经营权流转管理办法》"
PLAN = "《中华人民共和国城乡规划法》"
SUBSIDY = "《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》（财农〔2016〕26号）"
ANIMAL = "《中华人民共和国动物防疫法》"
COLLECTIVE = "《中华人民共和国农村集体经济组织法》"

CROPS = O("rice|水稻|Rice", "wheat|小麦|Wheat", "maize|玉米|Maize", "rapeseed|油菜|Rapeseed",
          "vegetable|蔬菜|Vegetables", "tea|茶叶|Tea", "fruit|水果|Fruit", "other|其他|Other")

ITEMS = [
    item("NN-001", "农村宅基地和建房（规划许可）审批", "Rural homestead and house building (planning permit) approval", 15, 20, "person",
         ["宅基地", "农民建房", "建房审批", "造房子", "翻建", "农房"], [
             mat("id-card"), mat("household-register"),
             matx("homestead-form", "《农村宅基地和建房（规划许可）申请表》", "Rural homestead and building application form"),
             matx("village-opinion", "村民会议或村民代表会议讨论通过的意见及公示材料", "Resolution of the villagers' (representatives') meeting and public notice"),
             matx("house-design", "建房设计图或选用的农房通用图集", "House design drawings or chosen standard design"),
             matx("old-house-agreement", "原宅基地退还协议（拆旧建新）", "Agreement to return the old homestead", when=eq("buildType", "rebuild")),
             matx("neighbour-consent", "相邻权利人意见", "Neighbours' opinions", required=False),
         ], [
             yn("ownsOtherHomestead", "本户是否已有其他宅基地", "The household already owns another homestead",
                help=("农村村民一户只能拥有一处宅基地", "A rural household may hold only one homestead")),
             sel("oldHouseDisposal", "原住房处置方式", "What happens to the old house", O(
                 "demolish|拆除后交回宅基地|Demolish and return the land", "rebuildSite|原址翻建|Rebuild on the same site",
                 "none|无原住房|No old house"), True),
             group("buildingHousehold", "建房户成员", "Members of the building household", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "Resident ID number", True),
                 sel("relation", "与申请人关系", "Relation to applicant", RELATION, True),
             ], minRows=1, maxRows=12, req=True),
             comp("buildingHouseholdSize", "建房户人口数", "Household size", "count", "buildingHousehold"),
             DECL(),
         ], tpl=["rural-house-plan"], al=["农村建房审批", "宅基地审批"], law=[LAND, ZJLAND, PLAN],
         cond=("本集体经济组织成员，符合一户一宅、面积标准和村庄规划要求的建房户。",
               "Members of the collective whose household has one homestead only, within area limits and the village plan."),
         notes=("乡镇（街道）联审联办，审批通过后核发《农村宅基地批准书》和《乡村建设规划许可证》；开工前须申请放样。",
                "The township approves jointly and issues the homestead approval and rural planning permit; setting-out is required before works.")),

    item("NN-002", "农村村民建房竣工验收", "Rural house completion acceptance", 10, 20, "person",
         ["竣工验收", "建房验收", "农房验收"], [
             mat("homestead-approval"),
             matx("rural-planning-permit", "乡村建设规划许可证", "Rural construction planning permit", el=True),
             matx("completion-photos", "竣工照片（四面立面）", "Completion photos of all four elevations"),
             matx("acceptance-form", "《农村村民建房竣工验收申请表》", "Completion acceptance application form"),
         ], [
             text("homesteadApprovalNo", "宅基地批准书编号", "Homestead approval number", True, maxLength=40),
             past("completionDate", "竣工日期", "Completion date", True),
             num("floorArea", "实际建筑面积（平方米）", "Actual floor area (m²)", True, min=1, max=1000),
             num("floors", "实际层数", "Actual storeys", True, min=1, max=4),
             yn("oldHouseRemoved", "旧房是否已按约定拆除", "Old house demolished as agreed"),
             DECL(),
         ], al=["农房竣工验收"], law=[LAND, ZJLAND, PLAN]),

    item("NN-003", "农村土地经营权流转合同鉴证（备案）", "Rural land management-right transfer contract: certification (filing)", 5, 20, "both",
         ["土地流转", "流转合同", "承包地出租", "土地出租"], [
             matx("transfer-contract", "土地经营权流转合同", "Land management-right transfer contract", copies=3),
             matx("both-ids", "流出方、流入方身份证明（身份证或营业执照）", "IDs of both parties (ID card or business licence)"),
             mat("land-contract"),
         ], [
             radio("transferMode", "流转方式", "Mode of transfer", O(
                 "lease|出租（转包）|Lease", "shareholding|入股|Contribution as shares", "other|其他|Other"), True),
             text("transfereeName", "流入方名称或姓名", "Transferee name", True, maxLength=80),
             radio("transfereeType", "流入方类型", "Transferee type", O(
                 "person|个人|Individual", "entity|企业或合作社、家庭农场|Company, cooperative or family farm"), True),
             rid("transfereeId", "流入方公民身份号码", "Transferee resident ID number", vis=eq("transfereeType", "person"),
                 rw=eq("transfereeType", "person")),
             ccode("transfereeCreditCode", "流入方统一社会信用代码", "Transferee unified social credit code",
                   vis=eq("transfereeType", "entity"), rw=eq("transfereeType", "entity")),
             num("transferAreaMu", "流转面积（亩）", "Area transferred (mu)", True, min=0.1, max=100000),
             date("transferStart", "流转起始日期", "Start date", True),
             date("transferEnd", "流转截止日期", "End date", True,
                  help=("不得超过承包期的剩余期限", "May not exceed the remaining contract term")),
             money("annualRent", "年流转费用（元/亩）", "Annual fee (CNY per mu)", True, max=100000),
             sel("landUse", "流转后用途", "Use after transfer", CROPS, True),
         ], al=["土地流转备案"], law=[CONTRACT, TRANSFER]),

    item("NN-004", "耕地地力保护补贴申报", "Cultivated land fertility protection subsidy: declaration", 20, None, "person",
         ["种粮补贴", "耕地地力保护补贴", "农业补贴", "三项补贴"], [
             mat("id-card"), mat("bank-card", name=("社会保障卡或“一卡通”银行账户", "Social security card or subsidy bank account")),
             matx("area-confirmation", "承包面积信息（村级核实公示）", "Contracted area confirmed and posted by the village",
                  note=("由村经济合作社核实后汇总上报", "Collected and verified by the village cooperative")),
         ], [
             num("contractAreaMu", "承包耕地面积（亩）", "Contracted cultivated land (mu)", True, min=0.1, max=10000),
             num("plantedAreaMu", "实际种植面积（亩）", "Area actually planted (mu)", True, min=0, max=10000),
             multi("plantedCrops", "种植作物", "Crops planted", CROPS, True),
             yn("landTransferred", "承包地是否已流转", "Land transferred to someone else"),
             DECL(),
         ], tpl=["bank-account"], al=["地力补贴申报"], law=[SUBSIDY],
         notes=("已改变用途、长年抛荒或已流转的耕地按当地规定不予补贴或补贴给实际种植者。",
                "Land used for other purposes, abandoned or transferred is not subsidised or is subsidised to the actual farmer.")),

    item("NN-005", "政策性农业保险投保登记", "Policy-based agricultural insurance: enrolment", 0, None, "both",
         ["农业保险", "政策性农险", "水稻保险", "生猪保险", "投保"], [
             matx("insured-id", "居民身份证或营业执照", "ID card or business licence"),
             matx("planting-list", "种养殖面积或数量清单", "List of planted area or livestock"),
             mat("bank-card"),
         ], [
             sel("insuranceProduct", "投保险种", "Insurance product", O(
                 "rice|水稻种植保险|Rice crop", "wheat|小麦种植保险|Wheat crop", "pig|能繁母猪、育肥猪保险|Pigs",
                 "poultry|家禽养殖保险|Poultry", "greenhouse|农业大棚保险|Greenhouses", "tea|茶叶低温气象指数保险|Tea frost index",
                 "other|其他地方特色险种|Other local product"), True),
             num("insuredQuantity", "投保数量（亩或头、羽）", "Quantity insured (mu, head or birds)", True, min=1, max=1000000),
             addr("insuredLocation", "标的所在地", "Location", True),
             DECL(),
         ], tpl=["bank-account"], al=["农险投保"], law=["《农业保险条例》"],
         fees=t("按险种缴纳保费，财政补贴部分保费", "Premium payable by product; part is subsidised")),

    item("NN-006", "低收入农户认定（帮扶对象）", "Low-income rural household: recognition", 20, 30, "person",
         ["低收入农户", "帮扶", "扶贫", "共富"], [
             mat("id-card"), mat("household-register"), mat("social-aid-form"), mat("check-authorisation"),
         ], [
             multi("hardshipReasons", "致困原因", "Causes of hardship", O(
                 "illness|因病|Illness", "disability|因残|Disability", "noLabour|缺乏劳动力|Lack of labour",
                 "education|因学|Education costs", "disaster|因灾|Disaster", "accident|意外事故|Accident",
                 "unemployment|失业|Unemployment", "other|其他|Other"), True),
             *ASSETS(),
             multi("supportWanted", "帮扶需求", "Support wanted", O(
                 "job|就业帮扶|Employment", "industry|产业帮扶|Farming or business support",
                 "education|教育帮扶|Education", "medical|医疗帮扶|Medical", "housing|住房安全|Housing safety")),
             AUTH(), DECL(),
         ], tpl=["household-members"], al=["低收入农户申请"], law=["《中华人民共和国乡村振兴促进法》", "《浙江省社会救助条例》"],
         cond=("家庭年人均可支配收入低于当地低收入农户认定标准的农村户籍家庭。",
               "Rural households whose disposable income per person is below the local low-income standard.")),
]
