"""公安 Public Security — police registration counter (listed, never accepted at the comprehensive window)."""
from common import *

RP = "《居住证暂行条例》"
ZJFLOW = "《浙江省流动人口居住登记条例》"
IDLAW = "《中华人民共和国居民身份证法》"
HUKOU = "《中华人民共和国户口登记条例》"
NOCRIME = "《公安机关办理无犯罪记录证明工作规定》"

ITEMS = [
    item("GA-001", "居住证申领（浙江省居住证）", "Zhejiang residence permit: application", 7, 15, "person",
         ["居住证", "暂住证", "外地人", "新居民"], [
             mat("id-card"), mat("photo"), mat("residence-proof"),
             matx("work-study-proof", "就业或就读证明（劳动合同、营业执照、学籍证明等）", "Proof of work or study",
                  when=isin("residenceBasis", ["employment", "study"]), cm=True),
         ], [
             addr("residenceAddress", "居住地址", "Residential address", True),
             past("residenceSince", "居住登记起始日期", "Registered residence since", True,
                  help=("须已办理居住登记满6个月", "Residence must have been registered for 6 months")),
             radio("residenceBasis", "申领条件", "Basis", O(
                 "employment|合法稳定就业|Stable employment", "residence|合法稳定住所|Stable residence",
                 "study|连续就读|Continuous study"), True),
             text("employerName", "工作单位或就读学校", "Employer or school", maxLength=80,
                  vis=isin("residenceBasis", ["employment", "study"]), rw=isin("residenceBasis", ["employment", "study"])),
         ], al=["浙江省居住证申领"], law=[RP, ZJFLOW], fees=t("首次申领免费", "First issue free")),
    item("GA-002", "居住登记（流动人口居住登记）", "Residence registration of non-local residents", 0, None, "person",
         ["居住登记", "暂住登记", "流动人口登记"], [mat("id-card"), matx("address-info", "居住地址信息（租赁合同或房东信息）", "Address details (lease or landlord)", cm=True)], [
             addr("residenceAddress", "居住地址", "Residential address", True),
             radio("housingType", "住所类型", "Housing", O(
                 "rented|租赁房屋|Rented", "employerDorm|单位宿舍|Employer dormitory", "relatives|投亲靠友|With relatives",
                 "own|自购房|Own home"), True),
             text("landlordName", "房东姓名", "Landlord", maxLength=30, vis=eq("housingType", "rented"), rw=eq("housingType", "rented")),
             mob("landlordMobile", "房东手机号码", "Landlord's mobile", vis=eq("housingType", "rented")),
         ], al=["流动人口居住登记"], law=[ZJFLOW]),
    item("GA-003", "居住证签注（延期）", "Residence permit endorsement (annual extension)", 0, None, "person",
         ["居住证签注", "居住证延期", "居住证续期"], [mat("residence-permit"), mat("id-card")], [
             text("residencePermitNo", "居住证编号", "Residence permit number", True, maxLength=30),
             yn("addressChanged", "居住地址是否变动", "Address changed"),
             addr("residenceAddress", "现居住地址", "Current address", vis=eq("addressChanged", "yes"), rw=eq("addressChanged", "yes")),
         ], al=["居住证年度签注"], law=[RP, ZJFLOW]),
    item("GA-004", "居民身份证申领、换领、补领（派出所户籍窗口）", "Resident ID card: first issue, renewal, replacement", 20, 60, "person",
         ["身份证", "换身份证", "补身份证", "身份证到期", "身份证丢了"], [
             mat("household-register"),
             matx("old-id", "原居民身份证", "Old ID card", when=eq("idCardAction", "renew")),
             matx("photo-fingerprint", "现场采集相片与指纹", "Photo and fingerprints taken on site"),
         ], [
             radio("idCardAction", "办理类型", "Action", O(
                 "first|首次申领|First issue", "renew|到期换领或损坏换领|Renewal", "replace|遗失补领|Replacement after loss"), True),
             radio("deliveryMethod", "领取方式", "Collection", O(
                 "window|派出所窗口领取|Collect at the station", "post|邮寄|By post"), True),
             addr("postAddress", "邮寄地址", "Postal address", vis=eq("deliveryMethod", "post"), rw=eq("deliveryMethod", "post")),
             yn("needsTemporary", "是否同时申领临时居民身份证", "Also apply for a temporary ID card"),
         ], al=["身份证办理"], law=[IDLAW], route="ga",
         fees=t("申领、换领20元，补领40元；临时身份证10元", "CNY 20 first issue/renewal, CNY 40 replacement; temporary card CNY 10")),
    item("GA-005", "出生登记（新生儿入户）（派出所户籍窗口）", "Birth registration (newborn household registration)", 0, None, "person",
         ["新生儿落户", "出生登记", "报户口", "上户口"], [
             mat("birth-med-cert"), matx("parents-ids", "父母双方居民身份证", "Both parents' ID cards"),
             mat("household-register"), mat("marriage-cert"),
         ], tpl=["newborn"], fields=[
             radio("hukouFollows", "随父或随母落户", "Registered with", O("father|随父|Father", "mother|随母|Mother"), True),
         ], al=["新生儿入户", "出生报户口"], law=[HUKOU]),
    item("GA-006", "死亡注销户口（派出所户籍窗口）", "Cancellation of household registration on death", 0, None, "person",
         ["死亡销户", "注销户口", "身后"], [
             mat("death-cert", name=("死亡证明或火化证明", "Death or cremation certificate")),
             matx("deceased-id", "逝者居民身份证", "Deceased's ID card"), mat("household-register"),
         ], tpl=["deceased-person"], al=["死亡户口注销"], law=[HUKOU]),
    item("GA-007", "无犯罪记录证明开具（派出所）", "Certificate of no criminal record", 0, 3, "person",
         ["无犯罪记录证明", "无犯罪证明", "政审"], [mat("id-card"), matx("nocrime-form", "无犯罪记录证明申请表", "Application form")], [
             sel("purpose", "用途", "Purpose", O(
                 "employment|就业、入职|Employment", "study|升学、出国留学|Study or studying abroad",
                 "visa|出国签证|Visa", "license|资格考试或执业|Qualification or licence", "other|其他|Other"), True),
             text("receivingUnit", "证明使用单位", "Receiving organisation", True, maxLength=80),
         ], al=["开无犯罪证明"], law=[NOCRIME]),
]

RENT = "《浙江省流动人口居住登记条例》（出租房屋条款）"

ITEMS += [
    item("GA-008", "出租房屋信息登记", "Rental housing registration", 0, None, "person",
         ["出租房", "房东登记", "出租屋"], [
             matx("landlord-id", "出租人居民身份证", "Landlord's ID card"), mat("realty-cert"),
             matx("tenant-info", "承租人身份信息", "Tenants' identity details"),
         ], [
             addr("rentalAddress", "出租房屋地址", "Address", True),
             num("rentalRooms", "出租间数", "Rooms let", True, min=1, max=200),
             group("tenants", "承租人", "Tenants", [
                 text("name", "姓名", "Name", True, maxLength=30),
                 rid("idNumber", "公民身份号码", "ID number", True),
                 date("moveInDate", "入住日期", "Move-in date", True),
             ], minRows=1, maxRows=50, req=True),
         ], al=["出租屋登记"], law=[ZJFLOW, RENT]),

    item("GA-009", "户籍证明开具（派出所）", "Household registration certificate (police station)", 0, None, "person",
         ["户籍证明", "户口证明", "亲属关系证明"], [mat("id-card"), mat("household-register")], [
             sel("hukouProofType", "证明类型", "Type", O(
                 "registration|户籍信息证明|Registration details", "kinship|户籍登记的亲属关系证明|Family relationship on record",
                 "cancelled|户口注销证明|Cancellation record", "nameChange|曾用名证明|Former name"), True),
             text("hukouProofPurpose", "用途", "Purpose", True, maxLength=60),
         ], al=["开户口证明"], law=[HUKOU]),

    item("GA-010", "居住证补领、换领", "Residence permit: replacement or exchange", 7, 15, "person",
         ["居住证补办", "居住证换领", "居住证丢失"], [mat("id-card"), mat("photo")], [
             radio("permitAction", "办理类型", "Action", O(
                 "replace|遗失补领|Replace a lost permit", "exchange|损坏或信息变更换领|Exchange (damaged or data changed)"), True),
             past("permitLostDate", "遗失日期", "Date lost", vis=eq("permitAction", "replace"), rw=eq("permitAction", "replace")),
             chk("permitLossReported", "已挂失原居住证", "Old permit reported lost", vis=eq("permitAction", "replace"), rw=eq("permitAction", "replace")),
             area("permitExchangeReason", "换领原因", "Reason", maxLength=200, vis=eq("permitAction", "exchange"), rw=eq("permitAction", "exchange")),
         ], al=["居住证补办"], law=[RP, ZJFLOW], fees=t("补领、换领收取工本费20元", "Replacement fee CNY 20")),

    item("GA-011", "居住登记信息变更、注销", "Residence registration: change or cancellation", 0, None, "person",
         ["居住登记变更", "搬家", "居住登记注销"], [mat("id-card")], [
             radio("residenceAction", "办理类型", "Action", O("change|变更居住地址|Change address", "cancel|离开本地注销|Left the area"), True),
             addr("newResidence", "新居住地址", "New address", vis=eq("residenceAction", "change"), rw=eq("residenceAction", "change")),
             past("leaveDate", "离开日期", "Date left", vis=eq("residenceAction", "cancel"), rw=eq("residenceAction", "cancel")),
         ], al=["流动人口变更登记"], law=[ZJFLOW]),

    item("GA-012", "临时居民身份证申领（派出所户籍窗口）", "Temporary resident ID card (police station)", 3, 3, "person",
         ["临时身份证", "临时证"], [mat("household-register"), mat("photo")], [
             sel("tempIdReason", "申领原因", "Reason", O(
                 "waiting|身份证申领、换领、补领期间急用|Urgent need while waiting", "travel|乘机、住宿急需|Travel or hotel"), True),
         ], al=["办临时身份证"], law=[IDLAW, "《中华人民共和国临时居民身份证管理办法》"], fees=t("工本费10元", "Fee CNY 10")),

    item("GA-013", "户口迁移（投靠、随迁）（派出所户籍窗口）", "Household transfer: joining relatives (police station)", 10, 20, "person",
         ["户口迁移", "投靠", "迁户口", "落户"], [mat("id-card"), mat("household-register"), mat("kinship-proof"),
                                         mat("realty-cert", required=False)], [
             sel("moveCase", "迁移情形", "Case", O(
                 "spouse|夫妻投靠|Joining a spouse", "child|子女投靠父母|Child joining parents", "parent|父母投靠子女|Parents joining a child",
                 "purchase|购房落户|Home purchase"), True),
             text("moveFromAddress", "迁出地户籍地址", "Current registration address", True, maxLength=100),
             text("hostName", "被投靠人姓名", "Relative joined", True, maxLength=30),
         ], al=["投靠落户"], law=[HUKOU]),

    item("GA-014", "户口簿补领、换领（派出所户籍窗口）", "Household register booklet: replacement (police station)", 0, None, "person",
         ["户口簿补办", "户口本丢了", "户口簿换领"], [mat("id-card")], [
             radio("bookletAction", "办理类型", "Action", O("replace|遗失补领|Replace", "exchange|损坏换领|Exchange"), True),
             yn("isHeadOfHousehold", "申请人是否为户主", "Applicant is the head of household"),
         ], al=["户口本补办"], law=[HUKOU]),

    item("GA-015", "户口登记项目变更更正（派出所户籍窗口）", "Correction of household registration data (police station)", 10, 20, "person",
         ["户口更正", "出生日期更正", "民族变更", "改名"], [mat("id-card"), mat("household-register"),
                                               matx("correction-proof", "变更更正依据（出生医学证明、档案等）", "Grounds (birth certificate, records …)")], [
             sel("hukouField", "变更更正项目", "Data to correct", O(
                 "name|姓名|Name", "birthDate|出生日期|Date of birth", "ethnicity|民族|Ethnicity",
                 "education|文化程度|Education", "maritalStatus|婚姻状况|Marital status"), True),
             text("hukouOld", "原登记内容", "Recorded value", True, maxLength=60),
             text("hukouNew", "更正后内容", "Correct value", True, maxLength=60),
         ], al=["户籍信息更正"], law=[HUKOU]),
]

ITEMS += [
    item("GA-016", "新居民积分申请（居住证积分）", "Residence-permit points for new residents", 10, 20, "person",
         ["积分", "新居民积分", "积分入学"], [mat("residence-permit"), mat("id-card"), matx("points-proof", "积分项目证明（学历、社保、技能等）", "Proof for point items", el=True)], [
             multi("pointItems", "申报积分项目", "Point items", O(
                 "education|学历|Education", "skill|职业技能|Skills", "socialInsurance|社保缴纳年限|Social insurance years",
                 "residence|居住年限|Years of residence", "volunteer|志愿服务|Volunteering", "tax|纳税|Taxes"), True),
             num("residenceYears", "在本地连续居住年限（年）", "Years living here", True, min=0, max=50),
             sel("pointsPurpose", "积分用途", "Use", O("school|子女入学|Children's school", "housing|公租房|Public housing",
                                                    "medical|参保|Insurance"), True),
         ], al=["居住证积分"], law=[RP, ZJFLOW]),
]
