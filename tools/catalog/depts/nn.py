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

FARM = "《关于实施家庭农场培育计划的指导意见》（中农发〔2019〕16号）"
MACH = "《中华人民共和国农业机械化促进法》"
DEAD = "《病死畜禽和病害畜禽产品无害化处理管理办法》"
RABIES = "《中华人民共和国动物防疫法》第十七条"

CONTRACTOR = lambda: [mat("id-card"), mat("land-contract"), mat("household-register")]

ITEMS += [
    item("NN-007", "农村土地承包经营权互换、转让备案", "Rural land contracting rights: swap or transfer filing", 10, 20, "person",
         ["承包地互换", "承包权转让", "土地互换"], CONTRACTOR() + [
             matx("swap-agreement", "互换、转让协议", "Swap or transfer agreement"),
             matx("contractor-consent", "发包方（村集体经济组织）同意意见", "Consent of the village collective (for transfers)",
                  when=eq("landDeal", "transfer")),
         ], [
             radio("landDeal", "方式", "Type", O("swap|互换|Swap", "transfer|转让|Transfer"), True),
             text("counterpartName", "对方承包户户主", "Other household head", True, maxLength=30),
             rid("counterpartId", "对方公民身份号码", "Other party's ID number", True),
             num("dealArea", "涉及面积（亩）", "Area (mu)", True, min=0.1, max=1000),
             text("plotNames", "地块名称及编号", "Plot names and numbers", True, maxLength=200),
         ], al=["土地承包权互换备案"], law=[CONTRACT]),

    item("NN-008", "农村土地承包合同变更（家庭成员变动）", "Rural land contract: change after household changes", 10, 20, "person",
         ["承包合同变更", "分户", "承包户成员变更"], CONTRACTOR() + [
             matx("village-opinion", "村集体经济组织意见", "Village collective's opinion"),
         ], [
             sel("landChangeReason", "变更原因", "Reason", O(
                 "split|分户|Household split", "death|成员死亡|Member died", "marriage|婚嫁迁入迁出|Marriage move",
                 "birth|新增人口|New member", "headChange|户主变更|New head of household"), True),
             area("landChangeDetail", "变更情况说明", "Details", True, maxLength=500),
         ], al=["土地承包合同变更"], law=[CONTRACT]),

    item("NN-009", "规模种粮主体补贴申报", "Subsidy for large-scale grain growers", 20, None, "both",
         ["种粮补贴", "规模种粮", "粮食补贴"], [
             matx("grower-id", "居民身份证或营业执照", "ID card or business licence", el=True),
             matx("planting-proof", "种植面积证明（村级核实）", "Planting area proof (checked by the village)"),
             matx("lease-contract", "土地流转合同", "Land lease contracts"), mat("bank-card"),
         ], [
             sel("growerType", "主体类型", "Grower type", O(
                 "farmer|种粮大户|Large grower", "familyFarm|家庭农场|Family farm", "coop|农民专业合作社|Cooperative",
                 "company|农业企业|Agricultural company"), True),
             sel("crop", "作物", "Crop", O("earlyRice|早稻|Early rice", "singleRice|单季稻|Single rice", "lateRice|连作晚稻|Late rice",
                                          "wheat|小麦|Wheat", "corn|玉米|Maize"), True),
             num("grainArea", "种植面积（亩）", "Area (mu)", True, min=50, max=100000,
                 help=("单季种植面积50亩以上（各地标准不同）", "50 mu or more per season (local thresholds vary)")),
         ], tpl=["bank-account"], al=["种粮大户补贴"], law=[SUBSIDY]),

    item("NN-010", "农机购置与应用补贴申请（受理转办）", "Farm machinery purchase subsidy (forwarded)", 15, None, "both",
         ["农机补贴", "农机购置", "拖拉机"], [
             matx("buyer-id", "居民身份证或营业执照", "ID card or business licence", el=True),
             matx("machine-invoice", "购机发票", "Purchase invoice"), matx("nameplate-photo", "机具铭牌及人机合影照片", "Nameplate photo with the buyer"),
             mat("bank-card"),
         ], [
             text("machineType", "机具品目", "Machine type", True, maxLength=40),
             text("machineModel", "生产企业及型号", "Maker and model", True, maxLength=60),
             text("factoryNo", "出厂编号", "Serial number", True, maxLength=40),
             money("price", "购机价格（元）", "Price (CNY)", True, min=100, max=5000000),
             past("purchaseDate", "购机日期", "Purchase date", True),
         ], tpl=["bank-account"], al=["农机补贴申请"], law=[MACH, "《农业机械购置与应用补贴实施指导意见》"]),

    item("NN-011", "动物检疫申报受理（产地检疫）", "Animal quarantine declaration (at origin)", 0, None, "both",
         ["检疫申报", "生猪出栏", "产地检疫", "畜禽"], [
             matx("quarantine-form", "《检疫申报单》", "Quarantine declaration form"),
             matx("farm-record", "养殖档案", "Farm records", required=False),
         ], [
             sel("species", "动物种类", "Species", O("pig|猪|Pigs", "cattle|牛|Cattle", "sheep|羊|Sheep/goats",
                                                 "poultry|家禽|Poultry", "rabbit|兔|Rabbits"), True),
             num("headCount", "数量（头、只）", "Number", True, min=1, max=1000000),
             sel("purpose", "用途", "Purpose", O("slaughter|屠宰|Slaughter", "breeding|种用、乳用|Breeding", "raising|饲养|Raising"), True),
             text("destination", "启运目的地", "Destination", True, maxLength=80),
             date("shipDate", "预计启运日期", "Shipping date", True, minDate="today",
                  help=("出售或运输前3天申报（种用、乳用提前15天）", "Declare 3 days before (15 days for breeding animals)")),
         ], al=["产地检疫申报"], law=[ANIMAL, "《动物检疫管理办法》"]),

    item("NN-012", "家庭农场名录登记", "Family farm register", 5, 10, "person",
         ["家庭农场", "农场登记", "名录"], [
             mat("id-card"), mat("business-licence", required=False),
             matx("lease-contract", "土地流转合同", "Land lease contracts"),
             matx("farm-sheet", "家庭农场情况表", "Family farm information sheet"),
         ], [
             text("farmName", "家庭农场名称", "Farm name", True, maxLength=60),
             sel("farmIndustry", "主营产业", "Main activity", O(
                 "grain|粮食|Grain", "vegetable|蔬菜|Vegetables", "fruit|水果|Fruit", "tea|茶叶|Tea", "livestock|畜禽|Livestock",
                 "aquaculture|水产|Aquaculture", "mixed|种养结合|Mixed"), True),
             num("farmArea", "经营面积（亩）", "Area (mu)", True, min=1, max=10000),
             num("familyLabour", "家庭劳动力人数", "Family workers", True, min=1, max=20),
         ], al=["家庭农场申报"], law=[FARM]),

    item("NN-013", "农村集体经济组织成员身份确认登记（受理）", "Rural collective membership confirmation (accepted here)", 15, None, "person",
         ["集体经济组织成员", "社员", "股权", "分红"], [
             mat("household-register"), mat("id-card"), matx("coop-opinion", "村股份经济合作社意见", "Village shareholding cooperative's opinion"),
         ], [
             sel("membershipBasis", "取得成员身份的情形", "Basis", O(
                 "birth|出生（父母一方为成员）|Birth", "marriage|婚姻迁入|Marriage", "adoption|收养|Adoption",
                 "policy|政策性移民|Resettlement", "return|退役、毕业回迁|Returned after service or study"), True),
             text("villageName", "村（股份经济合作社）", "Village cooperative", True, maxLength=40),
         ], al=["村集体成员确认"], law=[COLLECTIVE]),

    item("NN-014", "农村宅基地和建房审批变更", "Rural homestead and house approval: change", 10, 20, "person",
         ["宅基地变更", "建房变更", "建房人变更"], [
             mat("id-card"), mat("homestead-approval"),
             matx("village-opinion", "村民委员会意见", "Village committee's opinion"),
         ], [
             multi("homesteadChanges", "变更事项", "Changes", O(
                 "builder|建房人（户内成员）|Builder within the household", "position|建房位置微调|Site adjustment",
                 "design|建筑设计（层数、面积）|Design (storeys, area)"), True),
             area("homesteadChangeReason", "变更原因", "Reason", True, maxLength=500),
             num("newFloorArea", "变更后建筑面积（平方米）", "New floor area (m²)", min=1, max=1000,
                 vis=filled("homesteadChanges")),
         ], al=["农房审批变更"], law=[LAND, ZJLAND, PLAN]),

    item("NN-015", "家庭农场名录信息变更、注销", "Family farm register: change or removal", 5, 10, "person",
         ["家庭农场变更", "家庭农场注销"], [mat("id-card")], [
             text("farmName", "家庭农场名称", "Farm name", True, maxLength=60),
             radio("farmAction", "办理类型", "Action", O("change|信息变更|Change", "remove|退出名录|Remove"), True),
             area("farmChangeDetail", "变更内容", "What changes", maxLength=300, vis=eq("farmAction", "change"), rw=eq("farmAction", "change")),
             sel("farmExitReason", "退出原因", "Reason", O("stopped|停止经营|Stopped", "converted|转为合作社或企业|Converted"),
                 vis=eq("farmAction", "remove"), rw=eq("farmAction", "remove")),
         ], al=["家庭农场名录变更"], law=[FARM]),

    item("NN-016", "农村宅基地自愿有偿退出申请", "Voluntary paid surrender of a rural homestead", 20, None, "person",
         ["宅基地退出", "有偿退出", "进城落户"], [mat("id-card"), mat("household-register"), mat("homestead-approval"), mat("realty-cert", required=False)], [
             addr("surrenderSite", "退出宅基地坐落", "Homestead location", True),
             num("surrenderArea", "宅基地面积（平方米）", "Area (m²)", True, min=1, max=500),
             radio("compensationForm", "补偿方式", "Compensation", O(
                 "cash|货币补偿|Cash", "housing|置换安置房|Replacement flat", "ticket|地票（资格权保留）|Land ticket"), True),
             chk("allAgree", "户内成员一致同意退出", "All household members agree", True),
         ], al=["宅基地有偿退出"], law=[LAND, ZJLAND]),

    item("NN-017", "农村土地承包经营权证换发、补发", "Land contracting rights certificate: exchange or replacement", 10, 20, "person",
         ["承包经营权证补发", "承包经营权证换发", "土地证"], [mat("id-card"), mat("household-register")], [
             radio("landCertAction", "办理类型", "Action", O("replace|遗失补发|Replace a lost certificate", "exchange|损坏换发|Exchange a damaged one"), True),
             text("landCertNo", "原证书编号", "Certificate number", True, maxLength=40),
             chk("landLossNotice", "已在村务公开栏公告遗失", "Loss announced on the village board",
                 vis=eq("landCertAction", "replace"), rw=eq("landCertAction", "replace")),
         ], al=["土地承包证补办"], law=[CONTRACT]),

    item("NN-018", "病死畜禽无害化处理补助申请", "Subsidy for harmless disposal of dead livestock", 15, None, "both",
         ["病死猪", "无害化处理", "畜禽补助"], [
             matx("farmer-id", "居民身份证或营业执照", "ID or business licence", el=True),
             matx("disposal-receipt", "无害化处理收集单", "Disposal collection receipt"), mat("bank-card"),
         ], [
             sel("deadSpecies", "畜禽种类", "Species", O("pig|猪|Pigs", "cattle|牛|Cattle", "sheep|羊|Sheep/goats", "poultry|家禽|Poultry"), True),
             num("deadCount", "数量", "Number", True, min=1, max=100000),
             past("collectDate", "收集日期", "Collection date", True),
         ], tpl=["bank-account"], al=["病死猪补助"], law=[ANIMAL, DEAD]),

    item("NN-019", "犬只狂犬病免疫登记", "Rabies vaccination registration for dogs", 0, None, "person",
         ["狗", "养犬", "狂犬疫苗", "犬只免疫"], [mat("id-card")], [
             text("dogName", "犬名", "Dog's name", True, maxLength=20),
             sel("dogBreed", "犬种", "Breed", O("native|中华田园犬|Chinese rural dog", "other|其他品种|Other breed"), True),
             num("dogAgeMonths", "犬龄（月）", "Age (months)", True, min=3, max=300),
             addr("dogAddress", "饲养地址", "Where the dog is kept", True),
         ], al=["狗打疫苗登记"], law=[RABIES]),

    item("NN-020", "农村村民建房开工放样（定点放样）申请", "Rural house building: on-site marking before construction", 3, 10, "person",
         ["放样", "定点", "开工", "农民建房"], [mat("id-card"), mat("homestead-approval"),
                                     matx("rural-plan-permit", "乡村建设规划许可证", "Rural construction planning permit", el=True)], [
             date("startDate", "计划开工日期", "Planned start", True, minDate="today"),
             text("builderTeam", "施工队（建筑工匠）", "Builder or craftsman", True, maxLength=40),
             mob("builderMobile", "施工负责人电话", "Builder's mobile", True),
         ], al=["建房放样"], law=[LAND, ZJLAND]),
]

ITEMS += [
    item("NN-021", "农村土地经营权流转合同变更、解除备案", "Rural land management rights lease: change or termination filing", 5, 20, "both",
         ["流转合同变更", "流转解除", "退租土地"], [mat("id-card"), matx("lease-contract", "原流转合同", "Original lease"),
                                           matx("termination-agreement", "变更或解除协议", "Change or termination agreement")], [
             text("leaseContractNo", "原合同鉴证编号", "Contract filing number", True, maxLength=30),
             radio("leaseChange", "办理类型", "Action", O("change|变更|Change", "terminate|解除|Terminate"), True),
             area("leaseChangeDetail", "变更内容", "What changes", maxLength=500, vis=eq("leaseChange", "change"), rw=eq("leaseChange", "change")),
             sel("terminateReason", "解除原因", "Reason", O("agreed|双方协商|Mutual agreement", "breach|一方违约|Breach",
                                                        "requisition|土地被征收|Land requisitioned"), vis=eq("leaseChange", "terminate"), rw=eq("leaseChange", "terminate")),
         ], al=["土地流转解除"], law=[CONTRACT, TRANSFER]),

    item("NN-022", "农村集体经济组织股权继承、转让备案", "Village cooperative shares: inheritance or transfer filing", 10, None, "person",
         ["股权继承", "股份转让", "分红权", "身后"], [mat("id-card"), mat("kinship-proof"),
                                           matx("share-cert", "股权证", "Share certificate"), mat("death-cert", when=eq("shareDeal", "inherit"))], [
             radio("shareDeal", "方式", "Type", O("inherit|继承|Inheritance", "transfer|户内转让|Transfer within the household", "gift|赠与|Gift"), True),
             text("shareHolder", "原股东姓名", "Original shareholder", True, maxLength=30),
             num("shareCount", "股数", "Shares", True, min=0.1, max=1000),
         ], al=["村股权继承"], law=[COLLECTIVE]),
]
