"""人民武装 People's Armed Forces Department."""
from common import *

ITEMS = [
    item("RW-001", "兵役登记（适龄男性公民）", "Military service registration (men of eligible age)", 0, None, "person",
         ["兵役登记", "征兵", "18岁登记"], [mat("id-card"), mat("household-register")], [
             sel("education", "文化程度", "Education", EDUCATION, True),
             radio("currentStatus", "目前状况", "Current status", O(
                 "student|在校学生|Student", "graduate|应届毕业生|New graduate", "employed|在职|Employed",
                 "unemployed|待业|Not employed"), True),
             text("schoolName", "就读学校", "School", maxLength=60, vis=isin("currentStatus", ["student", "graduate"])),
             num("heightCm", "身高（厘米）", "Height (cm)", min=100, max=230),
             yn("willingToEnlist", "是否有应征意向", "Willing to enlist"),
         ], al=["兵役登记"], law=["《中华人民共和国兵役法》", "《征兵工作条例》"],
         cond=("当年12月31日前年满18周岁的男性公民应按规定进行兵役登记。", "Men turning 18 by 31 December must register.")),
    item("RW-002", "应征报名初审", "Conscription application: preliminary check", 0, None, "person",
         ["应征入伍", "当兵报名", "参军"], [mat("id-card"), mat("household-register"),
                                       matx("diploma", "学历证书或学籍证明", "Diploma or proof of study")], [
             sel("education", "文化程度", "Education", EDUCATION, True),
             radio("enlistChannel", "报名类型", "Channel", O(
                 "male|男兵|Male soldier", "female|女兵|Female soldier"), True),
             yn("preliminaryHealthOk", "是否通过初步体检（目测）", "Passed the initial health screening"),
         ], al=["征兵报名"], law=["《中华人民共和国兵役法》", "《征兵工作条例》"]),
]
