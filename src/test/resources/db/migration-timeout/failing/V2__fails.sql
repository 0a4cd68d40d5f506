-- a migration that fails after the slow one has succeeded
insert into no_such_table values (1);
