"""教育 Education."""
from common import *

ITEMS = [
    item("JY-001", "义务教育阶段新生入学报名（受理咨询）", "Compulsory-education enrolment of new pupils (application)", 0, None, "person",
         ["入学", "报名", "上小学", "上初中", "随迁子女", "教育入学"], [
             matx("child-hukou", "适龄儿童户口簿", "Child's household register", el=True), mat("minor-guardian-id"),
             matx("housing-or-permit", "房产证明或居住证（随迁子女）", "Property proof or residence permit (children of migrants)", el=True),
         ], [
             text("childName", "儿童姓名", "Child's name", True, maxLength=30),
             rid("childId", "儿童公民身份号码", "Child's resident ID number", True),
             comp("childAge", "儿童年龄", "Child's age", "age", "childId"),
             radio("schoolStage", "入学学段", "Stage", O("primary|小学一年级|Primary year 1", "junior|初中一年级|Junior secondary year 1"), True),
             radio("enrolBasis", "入学类型", "Basis", O(
                 "local|本地户籍学区生|Local catchment", "migrant|随迁子女（积分入学）|Child of migrant workers"), True),
             text("preferredSchool", "意向学校", "Preferred school", True, maxLength=60),
         ], tpl=["guardian"], al=["新生入学报名"], law=["《中华人民共和国义务教育法》"]),
    item("JY-002", "家庭经济困难学生认定及资助申请", "Students from low-income families: recognition and financial aid", 15, None, "person",
         ["学生资助", "助学金", "困难学生", "教育救助"], [
             matx("student-id", "学生身份证明", "Student's ID"), matx("difficulty-form", "《家庭经济困难学生认定申请表》", "Application form"),
             mat("hardship-proof"),
         ], [
             text("studentName", "学生姓名", "Student's name", True, maxLength=30),
             rid("studentId", "学生公民身份号码", "Student's resident ID number", True),
             text("schoolName", "就读学校", "School", True, maxLength=60),
             sel("studyStage", "就读学段", "Stage", O(
                 "preschool|学前教育|Pre-school", "primary|小学|Primary", "junior|初中|Junior secondary",
                 "senior|普通高中|Senior secondary", "vocational|中职|Secondary vocational", "college|高等教育|Higher education"), True),
             sel("difficultyLevel", "困难类别", "Category", O(
                 "special|特别困难|Especially difficult", "difficult|困难|Difficult", "general|一般困难|Somewhat difficult"), True),
             DECL(),
         ], tpl=["bank-account"], al=["困难学生资助申请"], law=["《学生资助资金管理办法》（财教〔2021〕310号）"]),
]

ITEMS += [
    item("JY-003", "学前教育幼儿资助申请", "Pre-school financial aid", 15, None, "person",
         ["幼儿资助", "幼儿园资助", "保育费减免"], [matx("child-register", "幼儿户口簿", "Child's household register", el=True), mat("minor-guardian-id"),
                                          mat("hardship-proof"), mat("bank-card")], [
             text("childName", "幼儿姓名", "Child's name", True, maxLength=30),
             rid("childId", "幼儿公民身份号码", "Child's ID number", True),
             text("kindergarten", "就读幼儿园", "Kindergarten", True, maxLength=60),
             sel("hardshipType", "困难类别", "Hardship", O("dibao|低保|Minimum allowance", "marginal|低保边缘|Marginal",
                                                         "orphan|孤儿、困境儿童|Orphan or child in difficulty", "disabled|残疾儿童|Disabled child"), True),
         ], tpl=["bank-account"], al=["幼儿园资助"], law=["《中华人民共和国学前教育法》", "《学生资助资金管理办法》"]),

    item("JY-004", "义务教育阶段转学申请（受理）", "Compulsory education: school transfer (accepted here)", 5, None, "person",
         ["转学", "插班", "随迁子女"], [matx("child-register", "学生户口簿", "Student's household register", el=True), mat("minor-guardian-id"),
                                   mat("residence-permit", required=False)], [
             text("studentName", "学生姓名", "Student's name", True, maxLength=30),
             text("currentSchool", "原就读学校", "Current school", True, maxLength=60),
             num("grade", "年级", "Grade", True, min=1, max=9),
             sel("transferReason", "转学原因", "Reason", O("moved|家庭搬迁|Family moved", "work|父母工作变动|Parents' job", "other|其他|Other"), True),
         ], al=["中小学转学"], law=["《中华人民共和国义务教育法》"]),

    item("JY-005", "生源地信用助学贷款申请（受理转办）", "Student loan at the place of origin (forwarded)", 10, None, "person",
         ["助学贷款", "大学贷款", "生源地贷款"], [matx("student-id", "学生居民身份证", "Student's ID card"), matx("admission", "录取通知书或学籍证明", "Admission letter"),
                                         matx("co-borrower-id", "共同借款人居民身份证", "Co-borrower's ID")], [
             text("university", "就读高校", "University", True, maxLength=60),
             money("studentLoanAmount", "申请贷款金额（元）", "Loan (CNY)", True, min=1000, max=20000),
             text("coBorrower", "共同借款人（父母或法定监护人）", "Co-borrower (parent or guardian)", True, maxLength=30),
         ], al=["助学贷款申请"], law=["《关于调整完善国家助学贷款有关政策的通知》"]),

    item("JY-006", "残疾儿童送教上门申请", "Home teaching for children with severe disabilities", 10, None, "person",
         ["送教上门", "特殊教育", "残疾儿童上学"], [matx("child-register", "儿童户口簿", "Child's household register", el=True),
                                        mat("disability-cert"), mat("minor-guardian-id")], [
             text("childName", "儿童姓名", "Child's name", True, maxLength=30),
             sel("disabilityCategory", "残疾类别", "Disability category", DISABILITY_CATEGORY, True),
             addr("homeAddress", "送教地址", "Home address", True),
         ], tpl=["guardian"], al=["送教服务"], law=["《残疾人教育条例》"]),
]
