        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
H        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
I        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
B        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
M        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
J        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
O        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
N        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
B        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
A        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
I        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
D        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
I        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
D        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
H        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
I        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
B        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
J        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
O        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
N        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
D        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
U        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
T        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
8        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
H        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
1        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
P        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
1        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
#        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
#        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
#        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
→        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
→        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
A        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
B        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
B        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
A        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
9        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
5        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
I        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
T        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
P        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
T        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
T        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
–        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
!        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
!        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
E        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
&        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
&        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
—        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
M        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
M        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
3        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
3        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
M        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
H        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
3        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
;        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
~        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
!        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
D        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
E        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
q        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
D        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
1        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
;        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
;        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
;        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
D        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
K        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
K        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
2        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
3        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
!        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
!        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
T        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
~        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
T        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
K        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
V        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
D        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
4        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
@        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
–        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
T        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
3        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
–        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
H        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
–        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
3        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
3        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
T        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
D        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
1        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
4        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
1        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
4        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
B        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
O        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
I        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
P        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
A        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
j        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
J        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
U        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
X        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
M        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
I        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
×        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
;        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
`        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
J        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
U        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
X        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
M        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
E        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
K        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
_        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
&        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
&        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
;        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
&        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
;        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
&        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
;        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
&        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
q        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
;        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
'        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
&        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
;        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
X        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
M        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
L        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
1        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
2        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
|        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
E        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
[        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
]        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
E        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
1        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
U        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
T        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
8        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
E        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
E        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
S        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
2        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
%        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
1        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
*        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
1        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
?        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
→        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
T        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
R        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
C        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
F        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
w        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
v        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
h        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
-        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
,        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
E        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
b        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
:        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
0        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
$        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
1        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
{        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
k        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
.        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
d        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
o        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
(        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
g        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
)        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
y        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
p        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
f        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
c        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
a        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
+        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
=        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
<        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
/        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
i        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
s        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
>        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
\        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
"        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
e        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
t        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
u        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
r        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
n        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
x        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
m        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
l        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
         func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
}        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }

        func escape(_ text: String) -> String { Markup.escape(text, xml: true) }
