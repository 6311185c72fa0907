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
