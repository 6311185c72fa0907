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

ITEMS += [
    item("RW-003", "基干民兵（预备役人员）登记", "Registration as a core militia member", 0, None, "person",
         ["民兵", "基干民兵", "预备役", "民兵登记"], [mat("id-card"), mat("household-register")], [
             sel("education", "文化程度", "Education", EDUCATION, True),
             yn("veteranFlag", "是否为退役军人", "Discharged soldier"),
             multi("militiaSkills", "专业特长", "Skills", O(
                 "driving|驾驶|Driving", "medical|医疗救护|First aid", "communication|通信|Communications",
                 "rescue|抢险救灾|Rescue", "none|无|None"), True),
             mob("mobile", "手机号码", "Mobile", True),
         ], al=["民兵整组登记"], law=["《民兵工作条例》", "《中华人民共和国国防法》"]),
]
