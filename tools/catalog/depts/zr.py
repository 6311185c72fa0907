"""自然资源 Natural Resources."""
from common import *

REAL = "《不动产登记暂行条例》"
REALRULE = "《不动产登记暂行条例实施细则》"
PLAN = "《中华人民共和国城乡规划法》"
LAND = "《中华人民共和国土地管理法》"
CIVIL = "《中华人民共和国民法典》"

ITEMS = [
    item("ZR-001", "乡村建设规划许可证核发（农村村民住宅）", "Rural construction planning permit (villagers' houses)", 5, 20, "person",
         ["乡村建设规划许可", "规划许可证", "农民建房", "建房"], [
             mat("id-card"), mat("household-register"),
             matx("homestead-opinion", "宅基地审批意见", "Homestead approval opinion", el=True),
             matx("house-design", "建房设计图或选用的农房通用图集", "House design drawings or chosen standard design"),
         ], [
             radio("designSource", "设计图来源", "Design source", O(
                 "standard|选用浙江省农房设计通用图集|Zhejiang standard rural house design",
                 "custom|委托有资质单位设计|Designed by a qualified firm"), True),
             text("standardDesignNo", "通用图集编号", "Standard design number", maxLength=30,
                  vis=eq("designSource", "standard"), rw=eq("designSource", "standard")),
             DECL(),
         ], tpl=["rural-house-plan"], al=["农房规划许可"], law=[PLAN, "《浙江省城乡规划条例》"]),
    item("ZR-002", "农村宅基地使用权及房屋所有权首次登记（受理）", "First registration of rural homestead use right and house ownership", 5, 30, "person",
         ["房产证", "不动产登记", "农房确权", "宅基地登记", "办证"], [
             mat("id-card"), mat("household-register"), mat("homestead-approval"),
             matx("completion-acceptance", "农村村民建房竣工验收意见", "Completion acceptance opinion", el=True),
             matx("survey-report", "房屋测绘成果（不动产权籍调查表、宗地图、房屋平面图）", "Survey results (cadastral survey, parcel and floor plans)"),
         ], [
             addr("propertyAddress", "不动产坐落", "Property location", True),
             num("siteArea", "宅基地面积（平方米）", "Homestead area (m²)", True, min=1, max=200),
             num("floorArea", "房屋建筑面积（平方米）", "Floor area (m²)", True, min=1, max=1000),
             radio("ownershipMode", "共有情况", "Co-ownership", O(
                 "sole|单独所有|Sole owner", "joint|共同共有（家庭成员）|Joint ownership by family"), True),
             group("coOwners", "共有人", "Co-owners", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "Resident ID number", True),
                 sel("relation", "与申请人关系", "Relation to applicant", RELATION, True),
             ], minRows=1, maxRows=10, vis=eq("ownershipMode", "joint"), rw=eq("ownershipMode", "joint")),
             DECL(),
         ], al=["农房不动产首次登记"], law=[REAL, REALRULE], route="zr",
         fees=t("不动产登记费按住宅类每件80元（含第一本证书工本费），小微企业、困难群众等按规定减免",
                "Registration fee CNY 80 per residential case incl. first certificate; reductions apply")),
    item("ZR-003", "不动产转移登记（继承、赠与等）受理", "Real-estate transfer registration (inheritance, gift …)", 5, 30, "person",
         ["继承房产", "房产过户", "赠与过户", "不动产转移", "身后"], [
             mat("realty-cert"), mat("id-card"),
             matx("inheritance-docs", "继承材料（继承公证书，或死亡证明、亲属关系证明及全体继承人的继承协议）",
                  "Inheritance documents (notarial certificate, or death certificate, kinship proof and heirs' agreement)",
                  when=eq("transferCause", "inheritance")),
             matx("gift-contract", "赠与合同", "Gift contract", when=eq("transferCause", "gift")),
             matx("tax-receipt", "完税凭证（税务数据共享）", "Tax payment receipt (shared by the tax bureau)", el=True),
         ], [
             radio("transferCause", "转移原因", "Cause of transfer", O(
                 "inheritance|继承、受遗赠|Inheritance or bequest", "gift|赠与|Gift",
                 "divorce|离婚析产|Division on divorce", "exchange|互换|Exchange"), True),
             text("realtyCertNo", "原不动产权证书号", "Current title certificate number", True, maxLength=40),
             addr("propertyAddress", "不动产坐落", "Property location", True),
             group("transferees", "权利人（受让人）", "New owners", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "Resident ID number", True),
                 num("sharePercent", "份额（%）", "Share (%)", True, min=0.01, max=100),
             ], minRows=1, maxRows=10, req=True),
             DECL(),
         ], al=["房产继承过户", "赠与过户登记"], law=[REAL, REALRULE, CIVIL], route="zr",
         fees=t("住宅类每件80元", "CNY 80 per residential case")),
    item("ZR-004", "不动产登记资料查询（权属证明打印）", "Real-estate register query (proof of ownership)", 0, None, "person",
         ["房产查询", "有无房产证明", "无房证明", "权属证明"], [mat("id-card")], [
             radio("queryType", "查询类型", "Query type", O(
                 "ownHoldings|本人名下不动产情况（有无房证明）|Property held in own name",
                 "specificProperty|指定不动产的登记信息|Register entry for a given property"), True),
             addr("propertyAddress", "不动产坐落", "Property location", vis=eq("queryType", "specificProperty"),
                  rw=eq("queryType", "specificProperty")),
             sel("purpose", "查询用途", "Purpose", O(
                 "school|子女入学|School enrolment", "housingSupport|住房保障、公积金|Housing support or provident fund",
                 "litigation|诉讼|Litigation", "other|其他|Other"), True),
         ], al=["无房证明开具", "不动产权属查询"], law=[REAL, "《不动产登记资料查询暂行办法》"]),
]

ITEMS += [
    item("ZR-005", "农村宅基地使用权及房屋所有权变更登记（受理）", "Rural homestead and house: change registration (accepted here)", 5, 30, "person",
         ["不动产变更", "农房变更登记", "权利人姓名变更"], [mat("id-card"), mat("realty-cert"), matx("change-grounds", "变更依据材料", "Grounds for the change")], [
             sel("realtyChange", "变更事项", "Change", O(
                 "name|权利人姓名或身份证号|Owner's name or ID", "address|坐落名称（地名变更）|Location name",
                 "area|面积（翻建、扩建后）|Area after rebuilding", "share|共有方式|Co-ownership"), True),
             text("realtyCertNo", "不动产权证书号", "Title certificate number", True, maxLength=40),
             area("realtyChangeDetail", "变更前后内容", "Before and after", True, maxLength=500),
         ], al=["农房变更登记"], law=[REAL, REALRULE]),

    item("ZR-006", "不动产权证书遗失补证（受理）", "Real-estate title certificate: replacement after loss (accepted here)", 5, 30, "person",
         ["房产证补办", "不动产证遗失", "补证"], [mat("id-card"), matx("loss-statement", "遗失声明", "Loss statement", cm=True)], [
             text("lostCertNo", "遗失证书号", "Lost certificate number", True, maxLength=40),
             addr("propertyAddress", "不动产坐落", "Property location", True),
             past("certLostOn", "遗失日期", "Date lost", True),
             chk("notice15Days", "知悉补证须在门户网站公告15个工作日", "Understands a 15-working-day public notice is required", True),
         ], al=["房产证补证"], law=[REAL, REALRULE]),

    item("ZR-007", "乡村建设规划许可证变更、延续", "Rural construction planning permit: change or extension", 5, 20, "person",
         ["规划许可变更", "规划许可延期", "建房许可"], [mat("id-card"), matx("rural-plan-permit", "乡村建设规划许可证", "Rural construction planning permit", el=True)], [
             radio("permitChange", "办理类型", "Action", O("change|变更|Change", "extend|延续（期满未开工）|Extend (not started in time)"), True),
             area("permitChangeDetail", "变更内容", "What changes", maxLength=300, vis=eq("permitChange", "change"), rw=eq("permitChange", "change")),
             area("delayReason", "未能按期开工的原因", "Why construction has not started", maxLength=300,
                  vis=eq("permitChange", "extend"), rw=eq("permitChange", "extend")),
         ], al=["乡村规划许可延期"], law=[PLAN]),
]
