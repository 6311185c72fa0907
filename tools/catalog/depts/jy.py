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
