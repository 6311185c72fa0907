"""残联 Disabled Persons' Federation."""
from common import *

DPL = "《中华人民共和国残疾人保障法》"
CERT = "《残疾人证管理办法》"
REHAB = "《国务院关于建立残疾儿童康复救助制度的意见》（国发〔2018〕20号）"
EMPLOY = "《残疾人就业条例》"
ACCESS = "《中华人民共和国无障碍环境建设法》"
EDU = "《残疾人教育条例》"

MINOR = checked("applicantMinor")
NEEDS_GUARDIAN = ANY(MINOR, isin("disabilityCategory", ["intellectual", "mental"]))


def guardian_fields():
    """Guardian block shown for minors and intellectual/mental disabilities (the guardian applies with them)."""
    return [
        sec("guardianSection", "监护人（未成年人或智力、精神残疾人须填写）", "Guardian (for minors and intellectual or mental disabilities)",
            vis=NEEDS_GUARDIAN),
        text("guardianName", "监护人姓名", "Guardian name", maxLength=30, vis=NEEDS_GUARDIAN, rw=NEEDS_GUARDIAN),
        rid("guardianId", "监护人公民身份号码", "Guardian resident ID number", vis=NEEDS_GUARDIAN, rw=NEEDS_GUARDIAN),
        sel("guardianRelation", "监护人与残疾人关系", "Guardian's relation", O(
            "parent|父母|Parent", "grandparent|祖父母、外祖父母|Grandparent", "sibling|成年兄弟姐妹|Adult sibling",
            "spouse|配偶|Spouse", "child|成年子女|Adult child", "other|其他依法指定监护人|Other appointed guardian"),
            vis=NEEDS_GUARDIAN, rw=NEEDS_GUARDIAN),
        mob("guardianMobile", "监护人手机号码", "Guardian mobile number", vis=NEEDS_GUARDIAN, rw=NEEDS_GUARDIAN),
    ]


ITEMS = [
    item("CL-001", "残疾人证新办", "Disability certificate: first issue", 15, 20, "person",
         ["残疾人证", "办残疾证", "残疾评定", "残疾鉴定", "残疾证"], [
             mat("id-card"), mat("household-register"),
             mat("photo", copies=2, name=("近期免冠两寸彩色照片", "Recent bareheaded 2-inch colour photos")),
             matx("dpc-application", "《残疾人证申请表》", "Disability certificate application form"),
             matx("assessment-result", "残疾评定结果（指定医疗机构出具的《残疾评定表》）", "Disability assessment result from a designated hospital",
                  note=("窗口受理后开具评定转介单，到县级指定评定机构评定", "The window issues a referral to the county's designated assessment hospital")),
             mat("minor-guardian-id", when=NEEDS_GUARDIAN),
         ], [
             chk("applicantMinor", "申请人未满18周岁", "The applicant is under 18"),
             sel("disabilityCategory", "申请评定的残疾类别", "Disability category to assess", DISABILITY_CATEGORY, True),
             sel("expectedLevel", "初步判断残疾程度", "Expected grade (preliminary)", DISABILITY_LEVEL,
                 help=("最终等级以评定机构结论为准", "The final grade is set by the assessment")),
             text("assessmentHospital", "评定机构", "Assessment hospital", maxLength=60),
             multi("causeOfDisability", "致残原因", "Cause of disability", O(
                 "congenital|先天|Congenital", "illness|疾病|Illness", "injury|工伤或意外伤害|Work or accident injury",
                 "traffic|交通事故|Traffic accident", "ageing|老龄|Ageing", "unknown|原因不明|Unknown")),
             *guardian_fields(),
             radio("certForm", "领证方式", "How to receive the card", O(
                 "window|窗口领取|Collect at the window", "post|邮寄送达|By post"), True),
             DECL(),
         ], al=["残疾证办理", "第二代残疾人证申领"], law=[DPL, CERT],
         cond=("视力、听力、言语、肢体、智力、精神残疾及多重残疾，符合《残疾人残疾分类和分级》（GB/T 26341）标准的本地户籍居民。",
               "Registered residents with a visual, hearing, speech, physical, intellectual, mental or multiple disability meeting GB/T 26341."),
         notes=("承诺时限不含评定时间；未成年人、智力或精神残疾人由监护人代为申请。",
                "The assessment time is excluded; guardians apply for minors and people with intellectual or mental disabilities.")),

    item("CL-002", "残疾人证换领（到期换证）", "Disability certificate: renewal on expiry", 10, 20, "person",
         ["残疾证换证", "残疾人证到期", "换残疾证"], [
             mat("id-card"), mat("disability-cert", name=("原残疾人证", "Current disability certificate"), el=False),
             mat("photo", copies=2, name=("近期免冠两寸彩色照片", "Recent bareheaded 2-inch colour photos")),
             matx("assessment-result", "残疾评定结果", "Disability assessment result", when=eq("needsReassessment", "yes")),
         ], [
             past("certExpiry", "原证有效期截止日期", "Expiry date of the current card", req=False),
             chk("applicantMinor", "持证人未满18周岁", "The holder is under 18"),
             yn("needsReassessment", "是否需重新评定（有效期内残疾状况发生变化或属于需复评类别）", "Reassessment needed"),
             *guardian_fields(),
         ], tpl=["disability-cert"], al=["残疾证到期换领"], law=[DPL, CERT],
         notes=("残疾人证有效期10年，未满18周岁的有效期5年；到期前3个月可申请换领。",
                "Valid 10 years (5 for minors); renewal can be requested 3 months before expiry.")),

    item("CL-003", "残疾人证注销", "Disability certificate: cancellation", 0, None, "person",
         ["残疾证注销", "残疾人去世", "身后"], [
             mat("death-cert", when=eq("cancelReason", "death")),
             mat("hukou-cancel", when=eq("cancelReason", "hukouCancelled")),
             mat("disability-cert", name=("原残疾人证", "Original disability certificate"), el=False, required=False,
                 note=("遗失的可免交", "Not needed if lost")),
         ], [
             radio("cancelReason", "注销原因", "Reason", O(
                 "death|持证人死亡|Holder died", "hukouCancelled|户口注销（出国定居等）|Household registration cancelled",
                 "recovered|经评定不再属于残疾|No longer disabled after assessment",
                 "voluntary|本人申请注销|At the holder's request"), True),
             text("holderName", "持证人姓名", "Holder's name", True, maxLength=30),
             text("disabilityCertNo", "残疾人证号", "Disability certificate number", True,
                  pattern=r"^\d{17}[\dX][1-7][1-4](B\d)?$",
                  patternMessage=t("第二代残疾人证号为身份证号加残疾类别和等级代码，共20位",
                                   "Second-generation number: ID number plus category and grade digits (20 characters)")),
             past("deathDate", "死亡日期", "Date of death", vis=eq("cancelReason", "death"), rw=eq("cancelReason", "death")),
         ], al=["注销残疾证"], law=[DPL, CERT],
         notes=("注销后同步停发残疾人两项补贴等待遇。", "Disability allowances stop together with the cancellation.")),

    item("CL-004", "残疾儿童康复救助申请", "Rehabilitation assistance for disabled children", 15, None, "person",
         ["残疾儿童康复", "康复救助", "自闭症", "孤独症", "脑瘫", "人工耳蜗"], [
             matx("child-hukou", "儿童户口簿或居民身份证", "Child's household register or ID card", el=True),
             mat("minor-guardian-id"),
             matx("diagnosis", "县级以上医疗机构出具的诊断证明或残疾人证", "Diagnosis from a county-level hospital or disability certificate"),
             matx("rehab-form", "《残疾儿童康复救助申请表》", "Child rehabilitation assistance application form"),
         ], [
             text("childName", "儿童姓名", "Child's name", True, maxLength=30),
             rid("childId", "儿童公民身份号码", "Child's resident ID number", True),
             comp("childAge", "儿童年龄", "Child's age", "age", "childId"),
             sel("rehabType", "康复类型", "Type of rehabilitation", O(
                 "autism|孤独症儿童康复|Autism", "cerebralPalsy|脑瘫肢体康复|Cerebral palsy",
                 "hearing|听力语言康复（含人工耳蜗）|Hearing and speech (incl. cochlear implant)",
                 "intellectual|智力残疾康复|Intellectual disability", "visual|视力残疾康复|Visual disability"), True),
             text("rehabInstitution", "定点康复机构", "Designated rehabilitation centre", True, maxLength=60),
             yn("isHardship", "是否为低保、特困等困难家庭", "From a hardship household"),
         ], tpl=["guardian"], al=["残疾儿童康复救助"], law=[DPL, REHAB],
         cond=("0至6周岁（浙江放宽至0至17周岁）有康复需求的视力、听力、言语、肢体、智力残疾儿童和孤独症儿童。",
               "Children aged 0–6 (0–17 in Zhejiang) with a rehabilitation need for sensory, physical, intellectual disabilities or autism.")),

    item("CL-005", "残疾人辅助器具适配补贴申请", "Assistive device fitting subsidy for disabled people", 15, None, "person",
         ["辅助器具", "轮椅", "助听器", "假肢", "辅具"], [
             mat("id-card"), mat("disability-cert"),
             matx("device-form", "《辅助器具适配申请表》", "Assistive device application form"),
             matx("device-assessment", "辅助器具适配评估结果", "Assistive device assessment result"),
         ], [
             multi("deviceTypes", "申请适配的辅助器具", "Devices requested", O(
                 "wheelchair|轮椅|Wheelchair", "hearingAid|助听器|Hearing aid", "prosthesis|假肢、矫形器|Prosthesis or orthosis",
                 "walker|助行器、拐杖|Walker or crutches", "visualAid|助视器、盲杖|Visual aid or white cane",
                 "nursingBed|护理床|Nursing bed", "other|其他|Other"), True),
             DECL(),
         ], tpl=["disability-cert"], al=["辅具适配补贴"], law=[DPL, "《残疾预防和残疾人康复条例》"]),

    item("CL-006", "困难残疾人城乡居民养老保险个人缴费代缴", "Government payment of residents' pension contributions for disabled people in hardship", 0, None, "person",
         ["残疾人代缴", "养老保险代缴", "重度残疾人参保"], [
             mat("id-card"), mat("disability-cert"),
         ], [
             sel("subsidyGround", "代缴情形", "Grounds", O(
                 "severe|重度残疾人（一、二级）|Severe disability (grade 1–2)",
                 "hardship|低保、低保边缘家庭残疾人|Disabled member of a hardship household"), True),
             yn("alreadyEnrolled", "是否已参加城乡居民养老保险", "Already enrolled in the residents' pension"),
         ], tpl=["disability-cert"], al=["残疾人养老保险代缴"], law=[DPL, "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"]),
]

CERT_OLD = matx("old-disability-cert", "原残疾人证", "Current disability certificate", el=True)

ITEMS += [
    item("CL-007", "残疾人证迁移", "Disability certificate: transfer after moving", 10, 20, "person",
         ["残疾人证迁移", "迁户口", "残疾证迁入"], [
             mat("id-card"), mat("household-register", note=("须为迁入地户籍", "Must show the new registration")), CERT_OLD,
         ], [
             text("moveFrom", "迁出地（省、市、县）", "Moved from", True, maxLength=60),
             past("hukouMovedDate", "户籍迁入日期", "Registration moved in on", True),
             yn("keepsBenefits", "是否在原地享受两项补贴等待遇", "Drew disability allowances at the old place",
                help=("迁出地停发、迁入地重新申请", "The old place stops; apply again here")),
         ], tpl=["disability-cert"], al=["残疾证迁移"], law=[DPL, CERT]),

    item("CL-008", "残疾人证挂失补办", "Disability certificate: replacement after loss", 10, 20, "person",
         ["残疾证补办", "残疾证丢了", "挂失"], [
             mat("id-card"), mat("household-register"), mat("photo"),
             matx("loss-statement", "挂失声明（本人签字）", "Signed loss statement", cm=True),
         ], [
             past("certLostDate", "遗失日期", "Date lost", True),
             sel("certLostHow", "遗失情形", "How it was lost", O("lost|遗失|Lost", "stolen|被盗|Stolen", "destroyed|毁损|Destroyed"), True),
             chk("lossPublished", "已在县残联网站或报纸刊登遗失声明（当地要求时）", "Loss notice published where required"),
         ], tpl=["disability-cert"], al=["残疾人证补办"], law=[DPL, CERT]),

    item("CL-009", "残疾人证残疾类别、等级变更", "Disability certificate: change of category or grade", 15, 20, "person",
         ["残疾等级变更", "重新评残", "残疾类别变更"], [
             mat("id-card"), CERT_OLD, matx("new-assessment", "新的残疾评定结果", "New disability assessment", el=True),
         ], [
             sel("newCategory", "变更后残疾类别", "New category", DISABILITY_CATEGORY, True),
             sel("newLevel", "变更后残疾等级", "New grade", DISABILITY_LEVEL, True),
             text("assessHospital", "评残医院", "Assessing hospital", True, maxLength=60),
             past("assessDate", "评定日期", "Assessment date", True),
         ], tpl=["disability-cert"], al=["残疾人证等级调整"], law=[DPL, CERT]),

    item("CL-010", "残疾人机动轮椅车燃油补贴申领", "Fuel subsidy for motorised wheelchairs", 15, None, "person",
         ["燃油补贴", "轮椅车", "残疾人代步车"], [
             mat("id-card"), mat("disability-cert"),
             matx("vehicle-licence", "机动轮椅车行驶证及本人驾驶证", "Wheelchair vehicle registration and driving licence", el=True),
             mat("bank-card"),
         ], [
             text("plateNo", "号牌号码", "Plate number", True, maxLength=10),
             num("subsidyYear", "补贴年度", "Year", True, min=2020, max=2035),
         ], tpl=["bank-account"], al=["残疾人燃油补贴"], law=[DPL, "《残疾人机动轮椅车燃油补贴办法》"]),

    item("CL-011", "残疾人家庭无障碍改造申请", "Barrier-free home adaptation for disabled people", 15, None, "person",
         ["无障碍改造", "家庭改造", "扶手"], [
             mat("id-card"), mat("disability-cert"), mat("residence-proof", name=("房屋产权或居住证明", "Title or proof of residence")),
             matx("adapt-needs", "改造需求表", "Adaptation needs form"),
         ], [
             multi("accessItems", "改造项目", "Works", O(
                 "ramp|坡道|Ramp", "grabBars|扶手|Grab bars", "toilet|坐便改造|Toilet", "doorWidening|门槛、门宽改造|Doors",
                 "visualAlarm|闪光门铃|Visual doorbell", "kitchen|厨房低位改造|Low kitchen"), True),
             addr("adaptAddress", "改造房屋地址", "Address", True),
         ], tpl=["disability-cert"], al=["无障碍改造"], law=[ACCESS, DPL]),

    item("CL-012", "残疾人就业登记（求职登记）", "Job-seeker registration for disabled people", 0, None, "person",
         ["残疾人就业", "求职", "按比例就业"], [mat("id-card"), mat("disability-cert")], [
             sel("education", "文化程度", "Education", EDUCATION, True),
             text("desiredJob", "意向岗位", "Desired job", True, maxLength=40),
             chk("acceptsTraining", "愿意参加职业培训", "Willing to train"),
         ], tpl=["disability-cert"], al=["残疾人求职登记"], law=[EMPLOY]),

    item("CL-013", "残疾人职业技能培训补贴申请", "Training subsidy for disabled people", 15, None, "person",
         ["残疾人培训", "技能培训", "培训补贴"], [
             mat("id-card"), mat("disability-cert"), matx("training-cert", "培训合格证书", "Training certificate"), mat("bank-card"),
         ], [
             text("trainingCourse", "培训项目", "Course", True, maxLength=40),
             past("trainingEnd", "结业日期", "Completion date", True),
             money("trainingFee", "培训费用（元）", "Fee (CNY)", True, max=20000),
         ], tpl=["bank-account"], al=["残疾人培训补贴"], law=[EMPLOY]),

    item("CL-014", "残疾学生及残疾人家庭子女助学补助申请", "Study grant for disabled students and children of disabled parents", 15, None, "person",
         ["助学", "残疾学生", "大学补助", "入学"], [
             matx("student-id", "学生身份证明", "Student's ID"), mat("disability-cert"),
             matx("admission", "录取通知书或学籍证明", "Admission letter or enrolment proof"), mat("bank-card"),
         ], [
             radio("studentCase", "申请情形", "Case", O(
                 "disabledStudent|残疾学生本人|Disabled student", "childOfDisabled|残疾人家庭子女|Child of a disabled parent"), True),
             sel("studyStage", "学段", "Stage", O(
                 "highSchool|高中、中职|Senior secondary", "college|大专|College", "bachelor|本科|Bachelor", "postgraduate|研究生|Postgraduate"), True),
             text("schoolName", "就读学校", "School", True, maxLength=60),
         ], tpl=["bank-account"], al=["残疾人助学补助"], law=[EDU]),

    item("CL-015", "残疾人居家托养（阳光家园）服务补贴申请", "Home-based care (Sunshine Home) subsidy for disabled people", 15, None, "person",
         ["托养", "阳光家园", "居家托养"], [
             mat("id-card"), mat("disability-cert"), matx("care-application", "托养服务申请表", "Care service application form"), mat("bank-card"),
         ], [
             radio("careForm", "托养方式", "Form of care", O(
                 "home|居家托养|At home", "day|日间照料（阳光家园）|Day care (Sunshine Home)", "residential|寄宿托养|Residential"), True),
             text("careProvider", "托养机构", "Care provider", maxLength=60, vis=isin("careForm", ["day", "residential"]),
                  rw=isin("careForm", ["day", "residential"])),
         ], tpl=["disability-cert", "bank-account"], al=["阳光家园托养"], law=[DPL]),

    item("CL-016", "残疾人基本康复服务申请", "Basic rehabilitation services for disabled people", 15, None, "person",
         ["康复", "精准康复", "残疾人康复"], [mat("id-card"), mat("disability-cert")], [
             multi("rehabServices", "康复服务需求", "Services needed", O(
                 "training|康复训练|Rehab training", "device|辅助器具|Assistive devices", "medication|精神病服药补助|Psychiatric medication",
                 "homeVisit|上门康复指导|Home visits", "surgery|康复手术|Rehab surgery"), True),
             radio("rehabPlace", "服务地点", "Place", O("home|居家|At home", "centre|康复机构|Rehab centre"), True),
         ], tpl=["disability-cert"], al=["残疾人精准康复"], law=[DPL, "《残疾预防和残疾人康复条例》"]),

    item("CL-017", "残疾人自主创业扶持补贴申请", "Start-up support for disabled entrepreneurs", 15, None, "person",
         ["残疾人创业", "创业补贴", "个体户"], [
             mat("id-card"), mat("disability-cert"), mat("business-licence"), mat("bank-card"),
         ], [
             ccode("creditCode", "统一社会信用代码", "Unified social credit code", True),
             past("registrationDate", "登记日期", "Registration date", True),
             text("businessLine", "经营项目", "Line of business", True, maxLength=60),
         ], tpl=["disability-cert", "bank-account"], al=["残疾人创业补助"], law=[EMPLOY]),

    item("CL-018", "残疾人证个人信息变更", "Disability certificate: change of personal data", 5, 20, "person",
         ["残疾证信息变更", "改名", "监护人变更"], [mat("id-card"), CERT_OLD, mat("household-register", when=isin("certInfoChange", ["name", "idNumber"]))], [
             sel("certInfoChange", "变更事项", "Change", O(
                 "name|姓名|Name", "idNumber|公民身份号码|ID number", "address|住址|Address",
                 "guardian|监护人或联系人|Guardian or contact", "photo|照片|Photo"), True),
             text("certNewValue", "变更后内容", "New value", True, maxLength=100),
         ], tpl=["disability-cert"], al=["残疾人证变更"], law=[CERT]),
]
